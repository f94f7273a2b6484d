using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;

namespace Monitor.Grains.Tests;

public sealed class SiloKillTests : IDisposable
{
    private const int KillAfter = 150;
    private readonly List<string> _files = [];

    [Fact]
    public async Task Killing_a_silo_while_500_articles_arrive_loses_none_and_counts_none_twice()
    {
        var articles = EventArticles.Make(events: 50, perEvent: 10, seed: 11);

        var calm = await IngestOnTwoSilosAsync(articles, killOneMidway: false);
        var killed = await IngestOnTwoSilosAsync(articles, killOneMidway: true);

        var ids = articles.Select(a => a.Id).ToList();
        killed.Stories.SelectMany(s => s.Articles).Should().BeEquivalentTo(ids, "every article is in exactly one story");
        killed.Sources.SelectMany(s => s.Articles).Should().BeEquivalentTo(ids, "every article is counted once by its source");
        SnapshotNormalizer.Normalized(killed).Should().Be(SnapshotNormalizer.Normalized(calm));
    }

    public void Dispose() => _files.ForEach(FreshCluster.Delete);

    private async Task<Snapshot> IngestOnTwoSilosAsync(IReadOnlyList<ArticleInput> articles, bool killOneMidway)
    {
        var file = FreshCluster.NewFile();
        _files.Add(file);
        await using var cluster = await FreshCluster.StartAsync(2, file);
        var ingestor = cluster.Client.ServiceProvider.GetRequiredService<ArticleIngestor>();
        var done = 0;
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (article, ct) =>
        {
            await ingestor.IngestAsync(article, ct);
            if (Interlocked.Increment(ref done) == KillAfter && killOneMidway)
            {
                await cluster.KillSiloAsync(cluster.Silos[1]);
            }
        });
        var snapshot = await cluster.Client.ServiceProvider.GetRequiredService<SnapshotReader>().ReadAsync();
        await cluster.StopAllSilosAsync();
        return snapshot;
    }
}
