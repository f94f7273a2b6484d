using System.Diagnostics;
using Monitor.Analysis;

namespace Monitor.Cli.Bench;

/// <summary>The whole bench in one run, one host: throughput, push latency, story update scaling, grain call rate, memory.</summary>
internal static class BenchRun
{
    /// <summary>
    /// Thirty-two. The cores are as busy with eight clients, but more articles in flight let more work
    /// go together (an entity's mentions in one call, commits in one transaction, summaries in one
    /// change), so an article costs less CPU: about 1.2 ms with 8 clients, 1.1 with 16, 0.93 with 32 and
    /// 0.91 with 64, where it levels off. Each client then waits longer for its batch (the profile says how long).
    /// </summary>
    public const int DefaultClients = 32;

    public static async Task<BenchReport> RunAsync(bool quick, int clients, Action<string> progress)
    {
        var clock = Stopwatch.StartNew();
        var corpus = BenchCorpus.Load(seed: 42);
        var analyzer = new ArticleAnalyzer();
        await using var host = await BenchHost.StartAsync();

        // Enough for the 20 s warm-up (at most a third of them) and 30 s counted at more than 2,000 a second.
        var articles = quick ? 300 : 90_000;
        progress($"(1) ingesting up to {articles} articles over HTTP from {clients} clients, durable, for at most {(quick ? 10 : 30)} s…");
        var (perSecond, profile) = await ThroughputBench.RunAsync(host, corpus, articles, stories: quick ? 60 : 3_000, sources: 40, clients, TimeSpan.FromSeconds(quick ? 10 : 30));

        const int rate = 200;
        progress($"(2) push latency at {rate} articles/s…");
        var (p50, p99, samples) = await PushLatencyBench.RunAsync(host, corpus, rate, TimeSpan.FromSeconds(quick ? 1 : 5), firstStory: 50_000);

        int[] sizes = quick ? [10, 100, 1_000] : [10, 1_000, 10_000];
        progress($"(3) story update at {string.Join(", ", sizes)} articles…");
        var (updates, bytesPerArticle) = await StoryUpdateBench.RunAsync(host, corpus, analyzer, sizes);

        progress("(4) empty grain calls…");
        var calls = await GrainCallBench.RunAsync(host, TimeSpan.FromSeconds(quick ? 0.5 : 3));

        progress("(5) memory per active story…");
        var perStory = await MemoryBench.RunAsync(host, corpus, analyzer, quick ? 100 : 1_000);

        var (small, middle, large) = (updates[0], updates[1], updates[2]);
        return new BenchReport(
            quick, Environment.ProcessorCount, corpus.BaseCount, (int)profile["articles"], Math.Round(perSecond, 1), profile,
            rate, samples, p50, p99, sizes,
            small.UpdateMs, middle.UpdateMs, large.UpdateMs, small.LedgerUpdateMs, middle.LedgerUpdateMs, large.LedgerUpdateMs,
            small.FullRecomputeMs, middle.FullRecomputeMs, large.FullRecomputeMs,
            Math.Round(large.UpdateMs / small.UpdateMs, 2), Math.Round(large.FullRecomputeMs / large.UpdateMs, 1),
            Math.Round(large.FullRecomputeMs / large.LedgerUpdateMs, 1), bytesPerArticle,
            small.LogBytesPerArticle, middle.LogBytesPerArticle, large.LogBytesPerArticle,
            Math.Round(calls), Math.Round(perSecond / calls, 5), perStory, perStory * 1000, Math.Round(clock.Elapsed.TotalSeconds, 1));
    }
}
