using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;

namespace Monitor.Grains.Tests;

/// <summary>
/// The seed gold through the real grains: the seeds go in all at once, in a shuffled order, to a
/// cluster on a SQLite file, and the snapshot it gives back must hold every gold item.
/// </summary>
public sealed class SeedGoldTests(SeedGoldTests.IngestedSeeds seeds) : IClassFixture<SeedGoldTests.IngestedSeeds>
{
    [Fact]
    public void Stories_match_the_gold_partition() => seeds.Gold.StoriesMatch();

    [Fact]
    public void Every_required_divergence_is_found_with_verbatim_quotes() => seeds.Gold.EveryRequiredDivergenceIsFoundWithVerbatimQuotes();

    [Fact]
    public void Consensus_holds_every_gold_item() => seeds.Gold.ConsensusHoldsEveryGoldItem();

    [Fact]
    public void Each_gold_entity_is_one_entity_over_its_articles() => seeds.Gold.EachGoldEntityIsOneEntityOverItsArticles();

    public sealed class IngestedSeeds : IAsyncLifetime
    {
        private readonly string _file = FreshCluster.NewFile();

        internal SeedGold Gold { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var seeds = ArticleFolder.Read(Path.Combine(Repository.Root, "seeds"), shuffleSeed: 11);
            await using var cluster = await FreshCluster.StartAsync(1, _file);
            var ingestor = cluster.Client.ServiceProvider.GetRequiredService<ArticleIngestor>();
            await Task.WhenAll(seeds.Select(a => ingestor.IngestAsync(a)));
            var snapshot = await cluster.Client.ServiceProvider.GetRequiredService<SnapshotReader>().ReadAsync();
            Gold = new SeedGold(snapshot, seeds.ToDictionary(a => a.Id, a => a.Text));
        }

        public Task DisposeAsync()
        {
            FreshCluster.Delete(_file);
            return Task.CompletedTask;
        }
    }
}
