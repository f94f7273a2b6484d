using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Cli.Bench;

/// <summary>
/// One story size: the median update through the story grain (durable), the median update of the
/// claim ledger alone (what a recompute redoes for every article), a full recompute, and the bytes
/// one article adds to the journal.
/// </summary>
internal sealed record StoryUpdateAt(int Size, double UpdateMs, double LedgerUpdateMs, double FullRecomputeMs, double LogBytesPerArticle);

/// <summary>
/// (3) Per-article story update as the story grows: a story grain of the silo, durable on SQLite, given
/// analysed articles of one story directly; beside it, a full recompute (a new ClaimLedger from all its articles).
/// </summary>
internal static class StoryUpdateBench
{
    private const int Measured = 200;

    /// <summary>The measured updates go in this many turns, each followed by a full recompute; the recompute reported is the fastest.</summary>
    private const int Rounds = 5;

    public static async Task<(IReadOnlyList<StoryUpdateAt> Sizes, double BytesPerArticle)> RunAsync(
        BenchHost host, BenchCorpus corpus, ArticleAnalyzer analyzer, int[] sizes)
    {
        var total = sizes.Max() + Measured * sizes.Length;
        var inputs = Enumerable.Range(0, total).Select(i => corpus.Article(7, i % 60)).ToArray();
        var articles = new AnalyzedArticle[total];
        Parallel.For(0, total, i => articles[i] = analyzer.Analyze(inputs[i]));

        var storyId = "bench-update-" + Guid.NewGuid().ToString("N");
        var story = host.Grains.GetGrain<IStoryGrain>(storyId);
        var journal = host.App.Services.GetRequiredService<IJournal>();
        var results = new List<StoryUpdateAt>();
        var added = 0;
        var bytesBefore = host.StoredBytes;
        foreach (var size in sizes)
        {
            // Filling goes in concurrent chunks, so the journal's group commit batches the writes.
            while (added < size)
            {
                var chunk = Math.Min(200, size - added);
                await Task.WhenAll(articles.Skip(added).Take(chunk).Select(a => story.AddArticle(a)));
                added += chunk;
            }
            var lastChange = (await journal.ReadChangesAsync(Topics.Story(storyId), 0, int.MaxValue)).LastOrDefault()?.Sequence ?? 0;
            // Each size starts from a collected heap, as BenchmarkDotNet does between runs, and from a
            // checkpointed log: what filling the story left for the collector and for the background
            // checkpoint is not charged to the updates measured after it.
            host.Checkpoint();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            // The durable updates and the recomputes take turns, so a spell of a slower machine falls on both.
            var claims = articles.Take(size).Select(ArticleClaims.From).ToList();
            var times = new List<double>(Measured);
            var recompute = double.MaxValue;
            for (var round = 0; round < Rounds; round++)
            {
                for (var i = 0; i < Measured / Rounds; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await story.AddArticle(articles[added++]);
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                recompute = Math.Min(recompute, Recompute(claims).Milliseconds);
            }
            var logBytes = await LogBytesAsync(journal, storyId, lastChange);
            var ledgerUpdate = LedgerUpdate(Recompute(claims).Ledger, articles.Skip(size).Take(Measured));
            results.Add(new StoryUpdateAt(size, Math.Round(Median(times), 3), Math.Round(ledgerUpdate, 4), Math.Round(recompute, 3), Math.Round(logBytes / Measured)));
        }
        var bytesPerArticle = (double)(host.StoredBytes - bytesBefore) / added;
        return (results, Math.Round(bytesPerArticle));
    }

    /// <summary>
    /// What the last measured articles wrote: their events, and their changes (a change's payload is
    /// stored once; its other topics hold a link of a few bytes).
    /// </summary>
    private static async Task<double> LogBytesAsync(IJournal journal, string storyId, long afterChange)
    {
        var events = await journal.ReadStreamAsync("story:" + storyId);
        var changes = await journal.ReadChangesAsync(Topics.Story(storyId), afterChange, int.MaxValue);
        return events.TakeLast(Measured).Sum(e => (double)e.Length) + changes.Sum(c => (double)c.Payload.Length);
    }

    /// <summary>The full recompute: a new ledger built from every article's claims.</summary>
    private static (ClaimLedger Ledger, double Milliseconds) Recompute(List<ArticleClaims> story)
    {
        var started = Stopwatch.GetTimestamp();
        var ledger = new ClaimLedger();
        foreach (var article in story)
        {
            ledger.Add(article);
        }
        return (ledger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>On a ledger of the story, the median of adding the next articles one at a time: the engine's share of an update.</summary>
    private static double LedgerUpdate(ClaimLedger ledger, IEnumerable<AnalyzedArticle> next)
    {
        var times = new List<double>();
        foreach (var article in next.Select(ArticleClaims.From))
        {
            var started = Stopwatch.GetTimestamp();
            ledger.Add(article);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return Median(times);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
