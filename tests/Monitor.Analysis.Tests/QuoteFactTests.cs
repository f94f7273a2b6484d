using static Monitor.Analysis.Tests.OneSentenceArticles;

namespace Monitor.Analysis.Tests;

public sealed class QuoteFactTests
{
    private const string Words = "We will not let the harbour close while the fishing fleet still works";

    private static List<Claim> Quotes(string text) =>
        [.. Analyzer.Analyze(new ArticleInput("a1", "outlet", "", text)).Claims.Where(c => QuoteFacts.IsSlot(c.Slot))];

    [Theory]
    [InlineData($"\"{Words},\" Laura Brennan said on Tuesday.")]
    [InlineData($"“{Words},” said Rep. Laura Brennan on Tuesday.")]
    [InlineData($"Rep. Laura Brennan told reporters: \"{Words}.\"")]
    [InlineData($"On Tuesday, Laura Brennan said, “{Words}.”")]
    [InlineData($"Laura Brennan said, “{Words}.”")]
    public void A_quotation_and_its_speaker_are_a_fact_valued_by_the_speakers_key(string sentence)
    {
        var quote = Quotes(sentence).Should().ContainSingle().Subject;

        quote.Kind.Should().Be(ClaimKind.Attribution);
        quote.Value.Text.Should().Be("Laura Brennan");
        quote.Value.Key.Should().Be(PersonName.Key("Laura Brennan"));
        quote.Quote.Should().Be(sentence);
    }

    [Theory]
    [InlineData("\"We will win,\" Laura Brennan said on Tuesday.")]
    [InlineData($"\"{Words},\" he said on Tuesday.")]
    [InlineData($"\"{Words},\" the harbour board said on Tuesday.")]
    [InlineData($"Laura Brennan met Karen Walsh, and \"{Words}\" was the motto.")]
    public void A_short_quotation_a_pronoun_a_body_or_no_speech_verb_is_no_fact(string sentence) =>
        Quotes(sentence).Should().BeEmpty();

    [Fact]
    public void Two_outlets_giving_one_quotation_to_two_people_are_a_hard_attribution_divergence()
    {
        var ledger = Ledger(
            Article("a1", "Herald", $"\"{Words},\" Laura Brennan said on Tuesday."),
            Article("a2", "Post", $"\"{Words},\" said Karen Walsh on Tuesday."));

        var divergence = ledger.Divergences().Should().ContainSingle().Subject;
        divergence.Kind.Should().Be("attribution");
        divergence.Level.Should().Be(DivergenceLevel.Hard);
        divergence.Sides.Select(s => (s.Value, string.Join(",", s.Sources))).Should()
            .BeEquivalentTo([("Laura Brennan", "Herald"), ("Karen Walsh", "Post")]);
    }

    [Fact]
    public void One_quotation_given_to_one_person_is_neither_a_divergence_nor_listed_as_consensus()
    {
        var ledger = Ledger(
            Article("a1", "Herald", $"\"{Words},\" Laura Brennan said on Tuesday."),
            Article("a2", "Post", $"Brennan told reporters on Tuesday: \"{Words}.\""));

        ledger.Divergences().Should().BeEmpty();
        ledger.Consensus().Should().NotContain(c => c.Slot.StartsWith(QuoteFacts.Slot));
    }

    [Fact]
    public void Different_words_of_two_people_and_a_spokesman_speaking_for_his_principal_are_no_divergence()
    {
        Ledger(
            Article("a1", "Herald", $"\"{Words},\" Laura Brennan said on Tuesday."),
            Article("a2", "Post", "\"The fleet has had a hard winter and the port must stay open,\" said Karen Walsh on Tuesday."))
            .Divergences().Should().BeEmpty("two people said two things");
        Ledger(
            Article("a1", "Herald", $"\"{Words},\" Laura Brennan said on Tuesday."),
            Article("a2", "Post", $"\"{Words},\" said Karen Walsh, a spokeswoman for Brennan, on Tuesday."))
            .Divergences().Should().BeEmpty("the spokeswoman spoke for Brennan");
    }
}
