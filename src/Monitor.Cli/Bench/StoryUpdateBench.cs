using System.Diagnostics;
using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Cli.Bench;

/// <summary>One size's result: a durable per-article update against a full recompute of the same ledger.</summary>
internal sealed record StoryUpdateAt(int Size, double UpdateMs, double FullRecomputeMs);

/// <summary>
/// (3) Per-article story update as the story grows: a story grain of the silo, durable on SQLite, given
/// analysed articles of one story directly; beside it, a full recompute (a new ClaimLedger from all its articles).
/// </summary>
internal static class StoryUpdateBench
{
    private const int Measured = 50;

    public static async Task<(IReadOnlyList<StoryUpdateAt> Sizes, double BytesPerArticle)> RunAsync(
        BenchHost host, BenchCorpus corpus, ArticleAnalyzer analyzer, int[] sizes)
    {
        var total = sizes.Max() + Measured * sizes.Length;
        var inputs = Enumerable.Range(0, total).Select(i => corpus.Article(7, i % 60)).ToArray();
        var articles = new AnalyzedArticle[total];
        Parallel.For(0, total, i => articles[i] = analyzer.Analyze(inputs[i]));

        var story = host.Grains.GetGrain<IStoryGrain>("bench-update-" + Guid.NewGuid().ToString("N"));
        var results = new List<StoryUpdateAt>();
        var added = 0;
        var bytesBefore = host.StoredBytes;
        foreach (var size in sizes)
        {
            // Filling goes in concurrent chunks, so the journal's group commit batches the writes.
            while (added < size)
            {
                var chunk = Math.Min(200, size - added);
                await Task.WhenAll(articles.Skip(added).Take(chunk).Select(story.AddArticle));
                added += chunk;
            }
            var times = new List<double>(Measured);
            for (var i = 0; i < Measured; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await story.AddArticle(articles[added++]);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            results.Add(new StoryUpdateAt(size, Math.Round(Median(times), 3), Math.Round(FullRecompute(articles.Take(size)), 3)));
        }
        var bytesPerArticle = (double)(host.StoredBytes - bytesBefore) / added;
        return (results, Math.Round(bytesPerArticle));
    }

    /// <summary>The best of three: a new ledger built from every article's claims.</summary>
    private static double FullRecompute(IEnumerable<AnalyzedArticle> articles)
    {
        var claims = articles.Select(ArticleClaims.From).ToList();
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var started = Stopwatch.GetTimestamp();
            var ledger = new ClaimLedger();
            foreach (var article in claims)
            {
                ledger.Add(article);
            }
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return best;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
