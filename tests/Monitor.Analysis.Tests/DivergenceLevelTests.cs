using static Monitor.Analysis.Tests.OneSentenceArticles;

namespace Monitor.Analysis.Tests;

/// <summary>Rounding and vagueness are a softer level than contradiction; values that cannot both be true are hard.</summary>
public sealed class DivergenceLevelTests
{
    private static ClaimValue Value(string text) => QuantityReader.Read(Tokenizer.Tokenize(text), 0, text, out _)!.ToValue();

    [Theory]
    [InlineData("The militia released 140 hostages near the border on Sunday, the army said.", "140",
        "The militia released several hostages near the border on Sunday, the army said.", "several", DivergenceLevel.Soft)]
    [InlineData("About 70 percent of the island's fishermen voted for the new quota, the harbour board said.", "About 70 percent",
        "The harbour board said 67% of the island's fishermen voted for the new quota.", "67%", DivergenceLevel.Soft)]
    [InlineData("The militia released roughly 140 hostages near the border on Sunday, the army said.", "roughly 140",
        "The militia released 170 hostages near the border on Sunday, the army said.", "170", DivergenceLevel.Hard)]
    [InlineData("The class action speaks for as many as 3.2 million tenants in the province.", "as many as 3.2 million tenants",
        "The class action, brought for up to 3.3 million tenants in the province, was heard on appeal.", "up to 3.3 million tenants", DivergenceLevel.Hard)]
    public void Two_outlets_figures_diverge_at_the_level_rounding_and_vagueness_allow(string first, string firstValue, string second, string secondValue, string level)
    {
        var divergence = Ledger(Article("a1", "Herald", first), Article("a2", "Post", second)).Divergences().Should().ContainSingle().Subject;

        divergence.Kind.Should().Be("quantity");
        divergence.Sides.Select(s => s.Value).Should().BeEquivalentTo([firstValue, secondValue]);
        divergence.Level.Should().Be(level);
    }

    [Fact]
    public void A_vague_word_far_above_an_exact_count_is_hard()
    {
        Value("thousands of hostages").IsLooselyCompatibleWith(Value("140 hostages")).Should().BeFalse();
        Value("dozens of hostages").IsLooselyCompatibleWith(Value("3 hostages")).Should().BeFalse();
        Value("dozens of hostages").IsLooselyCompatibleWith(Value("140 hostages")).Should().BeTrue();
    }

    [Fact]
    public void A_rounded_count_against_a_more_exact_one_is_soft_and_a_bound_is_not()
    {
        Value("1.2 million voters").IsLooselyCompatibleWith(Value("1,238,000 voters")).Should().BeTrue();
        Value("1.2 million voters").IsLooselyCompatibleWith(Value("1.3 million voters")).Should().BeFalse();
        Value("more than 300 voters").IsLooselyCompatibleWith(Value("290 voters")).Should().BeFalse();
    }

    [Fact]
    public void An_outlet_raising_its_own_toll_is_no_divergence_of_any_level()
    {
        var ledger = Ledger(
            Article("a1", "Valley Wire", "The landslide killed 9 villagers in the hill district, rescuers said."),
            Article("a2", "Valley Wire", "The landslide killed 14 villagers in the hill district, rescuers said on Friday."),
            Article("a3", "Valley Wire", "The landslide killed dozens of villagers in the hill district, rescuers said later."));

        ledger.Divergences().Should().BeEmpty("one outlet on every side is an update, not a contradiction");
        ledger.DivergenceCount.Should().Be(0);
    }

    [Fact]
    public void A_soft_divergence_that_turns_hard_is_detected_again_as_hard()
    {
        var ledger = new ClaimLedger();
        ledger.Add(Article("a1", "Herald", "The militia released 140 hostages near the border on Sunday, the army said."));
        var soft = ledger.Add(Article("a2", "Post", "The militia released several hostages near the border on Sunday, the army said."));
        ledger.HardDivergenceCount.Should().Be(0, "a story list counts only contradictions");
        var hard = ledger.Add(Article("a3", "Courier", "The militia released thousands of hostages near the border on Sunday, the army said."));

        soft.Should().ContainSingle(c => c.Kind == LedgerChangeKind.DivergenceDetected).Which.Divergence!.Level.Should().Be(DivergenceLevel.Soft);
        hard.Should().ContainSingle(c => c.Kind == LedgerChangeKind.DivergenceDetected).Which.Divergence!.Level.Should().Be(DivergenceLevel.Hard);
        ledger.DivergenceCount.Should().Be(1, "it is one divergence, now hard");
        ledger.HardDivergenceCount.Should().Be(1);
    }

    [Fact]
    public void Names_and_attributions_are_hard()
    {
        var ledger = Ledger(
            Article("a1", "Herald", "The deal was negotiated by the Trump administration, officials said."),
            Article("a2", "Post", "The deal was negotiated by the Biden administration, officials said."));

        ledger.Divergences().Should().NotBeEmpty().And.OnlyContain(d => d.Level == DivergenceLevel.Hard);
    }
}
