namespace Monitor.Analysis.Tests;

/// <summary>The word lists' quick first test never turns away a word the look-up would find.</summary>
public sealed class WordSetTests
{
    private static readonly string[] Words = ["several", "released", "kiss", "Mr.", "U.S.", "a", "café", "İstanbul", "ſeven", "naïve", "x"];

    [Fact]
    public void A_word_set_answers_as_an_ignore_case_hash_set()
    {
        var expected = new HashSet<string>(Words, StringComparer.OrdinalIgnoreCase);
        var set = new WordSet(Words);
        foreach (var probe in Probes())
        {
            set.Contains(probe).Should().Be(expected.Contains(probe), "of \"{0}\"", probe);
            set.Contains(probe.AsSpan()).Should().Be(expected.Contains(probe), "of \"{0}\" as a span", probe);
        }
    }

    [Fact]
    public void A_word_map_answers_as_an_ignore_case_dictionary()
    {
        var expected = Words.ToDictionary(w => w, w => "class of " + w, StringComparer.OrdinalIgnoreCase);
        var map = new WordMap(new Dictionary<string, string>(expected, StringComparer.OrdinalIgnoreCase));
        foreach (var probe in Probes())
        {
            map.GetValueOrDefault(probe).Should().Be(expected.GetValueOrDefault(probe), "of \"{0}\"", probe);
        }
    }

    [Fact]
    public void The_lexicons_find_their_own_words_in_any_case()
    {
        WordLists.StopWords.Contains("THE").Should().BeTrue();
        WordLists.PersonNouns.GetValueOrDefault("Detainees").Should().Be("prisoners");
        Countries.OfDemonym("Venezuelans")!.Name.Should().Be("Venezuela");
        Countries.OfDemonym("venezuelans").Should().BeNull("demonyms compare by ordinal");
        Countries.ByNameOrAlias("the United States")!.Name.Should().Be("United States");
    }

    private static IEnumerable<string> Probes() =>
        Words.SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant(), w + "s", w[1..], "ſ" + w[1..], "S" + w[1..], w[..^1] + "ſ" })
            .Concat(["", "ſeveral", "SEVERAL", "istanbul", "ıstanbul", "CAFÉ", "cafe", "X", "y", "kiſs"]);
}
