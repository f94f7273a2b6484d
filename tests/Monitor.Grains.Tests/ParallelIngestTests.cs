using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;

namespace Monitor.Grains.Tests;

public sealed class ParallelIngestTests : IDisposable
{
    private readonly List<string> _files = [];

    [Fact]
    public async Task The_seeds_ingested_in_parallel_give_the_snapshot_of_one_at_a_time()
    {
        var seeds = ArticleFolder.Read(Path.Combine(Repository.Root, "seeds"));

        var oneAtATime = await SnapshotAsync(seeds, parallel: 1);
        var allAtOnce = await SnapshotAsync(seeds, parallel: seeds.Count);

        oneAtATime.Stories.SelectMany(s => s.Articles).Should().HaveCount(seeds.Count);
        SnapshotNormalizer.Normalized(allAtOnce).Should().Be(SnapshotNormalizer.Normalized(oneAtATime));
    }

    public void Dispose() => _files.ForEach(FreshCluster.Delete);

    private async Task<Snapshot> SnapshotAsync(IReadOnlyList<ArticleInput> articles, int parallel)
    {
        var file = FreshCluster.NewFile();
        _files.Add(file);
        await using var cluster = await FreshCluster.StartAsync(1, file);
        var ingestor = cluster.Client.ServiceProvider.GetRequiredService<ArticleIngestor>();
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (a, ct) => await ingestor.IngestAsync(a, ct));
        return await cluster.Client.ServiceProvider.GetRequiredService<SnapshotReader>().ReadAsync();
    }
}
