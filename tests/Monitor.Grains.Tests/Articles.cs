using Monitor.Analysis;

namespace Monitor.Grains.Tests;

/// <summary>
/// Articles made up for one test. Each event is told in words of its own (made-up names), so tests
/// that share the cluster's story index never share a story.
/// </summary>
internal static class Articles
{
    public static ArticleInput Fresh(string? source = null)
    {
        var w = Enumerable.Range(0, 8).Select(_ => Word()).ToArray();
        var tag = Guid.NewGuid().ToString("N")[..10];
        return new ArticleInput(
            "t-" + tag,
            source ?? "source-" + tag,
            $"{w[0]} {w[1]} of {w[2]}",
            $"{w[0]} {w[1]} of {w[2]} said {w[3]} and {w[4]} were {w[5]} in {w[6]}. " +
            $"{w[7]} {w[3]} {w[4]} {w[5]}.");
    }

    /// <summary>The same event told by another outlet in other words around the same names.</summary>
    public static ArticleInput Retold(ArticleInput article, int n) =>
        article with
        {
            Id = $"{article.Id}-{n}",
            Source = $"{article.Source}-{n}",
            Text = article.Text + $" {Word()} {n}.",
        };

    /// <summary>A made-up word of letters only (digits would split into tokens every article shares).</summary>
    public static string Word()
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var bytes = Guid.NewGuid().ToByteArray();
        var chars = new char[9];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 2 == 0 ? consonants[bytes[i] % consonants.Length] : vowels[bytes[i] % vowels.Length];
        }
        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }
}
