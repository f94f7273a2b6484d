namespace Monitor.Dashboard.Tests;

/// <summary>
/// An article about an event nobody else writes about: its words are made up per test, so it opens
/// a story of its own and never joins another test's.
/// </summary>
public sealed record TestArticle(string Id, string Source, string Title, string Text)
{
    public static TestArticle Fresh(string? title = null, string? source = null)
    {
        // Made-up words only: a shared template word would make the stories look alike and join.
        var words = Enumerable.Range(0, 12).Select(_ => Word()).ToArray();
        var text =
            $"{Cap(words[0])} {words[1]} {words[2]} {words[3]} {words[4]}. " +
            $"{Cap(words[5])} {words[6]} {words[7]} {words[8]}. " +
            $"{Cap(words[9])} {words[10]} {words[11]} {words[2]}.";
        return new TestArticle(
            "t-" + Guid.NewGuid().ToString("N")[..12],
            source ?? "wire-" + Word(),
            title ?? $"{Cap(words[1])} {words[2]} {words[3]}",
            text);
    }

    /// <summary>Another outlet's report of the same event, in slightly different words.</summary>
    public TestArticle Retold(string source) =>
        this with { Id = "t-" + Guid.NewGuid().ToString("N")[..12], Source = source, Text = Text + " More details are expected later." };

    /// <summary>One outlet's report of an event that also tells another: it joins the first, and the other's story may then fit it.</summary>
    public static TestArticle Bridging(TestArticle one, TestArticle other) =>
        new("t-" + Guid.NewGuid().ToString("N")[..12], "wire-" + Word(), one.Title, one.Text + " " + other.Text);

    private static string Word() =>
        new([.. Guid.NewGuid().ToString("N").Where(char.IsAsciiHexDigit).Take(9).Select(c => (char)('k' + (c % 15)))]);

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
