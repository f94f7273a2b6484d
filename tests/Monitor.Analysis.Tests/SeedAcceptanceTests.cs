using Monitor.Tests;

namespace Monitor.Analysis.Tests;

/// <summary>The seed gold over the engine alone, article by article in folder order.</summary>
public sealed class SeedAcceptanceTests
{
    private static readonly SeedGold Gold = new(
        SeedPipeline.Run(SeedPipeline.ReadSeeds()).ToSnapshot(),
        SeedPipeline.ReadSeeds().ToDictionary(a => a.Id, a => a.Text));

    [Fact]
    public void Stories_match_the_gold_partition() => Gold.StoriesMatch();

    [Fact]
    public void Every_required_divergence_is_found_with_verbatim_quotes() => Gold.EveryRequiredDivergenceIsFoundWithVerbatimQuotes();

    [Fact]
    public void Consensus_holds_every_gold_item() => Gold.ConsensusHoldsEveryGoldItem();

    [Fact]
    public void Each_gold_entity_is_one_entity_over_its_articles() => Gold.EachGoldEntityIsOneEntityOverItsArticles();
}
