using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Cli.Bench;

/// <summary>(5) Managed memory per active story: the heap after activating that many stories of a few articles each.</summary>
internal static class MemoryBench
{
    private const int ArticlesPerStory = 3;

    public static async Task<double> RunAsync(BenchHost host, BenchCorpus corpus, ArticleAnalyzer analyzer, int stories)
    {
        var run = Guid.NewGuid().ToString("N");
        var articles = Enumerable.Range(0, stories * ArticlesPerStory)
            .Select(i => analyzer.Analyze(corpus.Article(1_000 + i / ArticlesPerStory, i % 40)))
            .ToList();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var chunk in articles.Select((a, i) => (Article: a, Story: i / ArticlesPerStory)).Chunk(300))
        {
            await Task.WhenAll(chunk.Select(x => host.Grains.GetGrain<IStoryGrain>($"bench-memory-{run}-{x.Story}").AddArticle(x.Article)));
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(articles);
        return Math.Round((double)(after - before) / stories);
    }
}
