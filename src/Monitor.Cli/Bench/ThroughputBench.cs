using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Monitor.Cli.Bench;

/// <summary>
/// (1) Articles per second end to end: NDJSON batches over HTTP into the running host, durable, for at
/// most a set time, after a warm-up that is not counted. The warm-up lasts two thirds of that time (at
/// most a third of the batches): the JIT's tiering with dynamic PGO keeps recompiling hot methods for
/// about the first 25 seconds of ingest, at up to half a core, so a shorter warm-up measures the JIT.
/// </summary>
internal static class ThroughputBench
{
    private const int BatchSize = 50;

    public static async Task<(double ArticlesPerSecond, IReadOnlyDictionary<string, double> Profile)> RunAsync(
        BenchHost host, BenchCorpus corpus, int articles, int stories, int sources, int clients, TimeSpan limit)
    {
        var batches = Enumerable.Range(0, articles)
            .Select(i => corpus.Article(i % stories, (i * 7) % sources))
            .Chunk(BatchSize)
            .Select(chunk => new Batch(chunk.Length, Encoding.UTF8.GetBytes(string.Join('\n', chunk.Select(a => JsonSerializer.Serialize(new
            {
                id = a.Id, source = a.Source, title = a.Title, text = a.Text, published = a.Published?.ToString("O"),
            }))))))
            .ToList();
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) };
        var cursor = new Cursor();
        // Not counted: code the JIT has not optimised yet, while pools and caches fill.
        await PostAsync(http, batches, cursor, clients, batches.Count / 3, limit * 2 / 3, []);
        using var meters = new MeterTotals();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var (allocatedBefore, pausedBefore) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration());
        var clock = Stopwatch.StartNew();
        var batchMs = new ConcurrentBag<double>();
        var (ingested, duplicates) = await PostAsync(http, batches, cursor, clients, batches.Count, limit, batchMs);
        var seconds = clock.Elapsed.TotalSeconds;
        // Where the time went, as a share of the wall clock (the sections overlap across concurrent requests).
        var profile = meters.Totals.Where(t => t.Key.EndsWith(".duration", StringComparison.Ordinal)).ToDictionary(t => t.Key, t => Math.Round(t.Value / 1000 / seconds, 3));
        // The index decides one article at a time: its time per article is the serial floor of the ingest.
        profile["index_decision_ms_per_article"] = Math.Round(meters.Totals.GetValueOrDefault("monitor.index.decision.duration") / Math.Max(1, ingested), 3);
        profile["wall_seconds"] = Math.Round(seconds, 2);
        profile["clients"] = clients;
        // What a client waits for its batch's answer: more clients keep more articles in flight, which
        // lets more work go together (mentions an entity call, commits a transaction), and each waits longer.
        var waits = batchMs.Order().ToList();
        profile["batch_ms_p50"] = waits.Count == 0 ? 0 : Math.Round(waits[waits.Count / 2], 1);
        profile["batch_ms_p99"] = waits.Count == 0 ? 0 : Math.Round(waits[Math.Min(waits.Count - 1, waits.Count * 99 / 100)], 1);
        profile["articles"] = ingested;
        // Copies of an earlier article (same title and text) cost less: the index answers before any story work.
        profile["duplicate_share"] = Math.Round(duplicates / (double)Math.Max(1, ingested), 3);
        // CPU of the whole process (host and HTTP client) per article: unlike the wall clock, it does not
        // move when other work shares the machine.
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        profile["cpu_ms_per_article"] = Math.Round(cpu.TotalMilliseconds / Math.Max(1, ingested), 2);
        // How busy the cores were: short of 1, the clients did not keep the host busy.
        profile["cpu_share_of_cores"] = Math.Round(cpu.TotalSeconds / seconds / Environment.ProcessorCount, 2);
        profile["allocated_kb_per_article"] = Math.Round((GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / Math.Max(1, ingested), 1);
        profile["gc_pause_share_of_wall"] = Math.Round((GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds / seconds, 3);
        return (ingested / seconds, profile);
    }

    /// <summary>
    /// Posts the batches the cursor hands out, up to <paramref name="until"/>, from <paramref name="clients"/>
    /// clients at once, for at most a set time; returns the articles posted and how many were duplicates,
    /// and adds each batch's wait for its answer to <paramref name="batchMs"/>.
    /// </summary>
    private static async Task<(int Articles, int Duplicates)> PostAsync(
        HttpClient http, List<Batch> batches, Cursor cursor, int clients, int until, TimeSpan limit, ConcurrentBag<double> batchMs)
    {
        var (ingested, duplicates) = (0, 0);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int index;
            while (clock.Elapsed < limit && (index = cursor.Take(until)) >= 0)
            {
                var posted = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(batches[index].Body);
                content.Headers.ContentType = new("application/x-ndjson") { CharSet = "utf-8" };
                using var response = await http.PostAsync("/api/articles", content);
                response.EnsureSuccessStatusCode();
                Interlocked.Add(ref duplicates, DuplicatesIn(await response.Content.ReadAsStringAsync()));
                batchMs.Add(Stopwatch.GetElapsedTime(posted).TotalMilliseconds);
                Interlocked.Add(ref ingested, batches[index].Articles);
            }
        }));
        return (ingested, duplicates);
    }

    /// <summary>The articles of a batch's answer that name the earlier article they copy.</summary>
    private static int DuplicatesIn(string answer)
    {
        const string Marker = "\"duplicateOf\":\"";
        var count = 0;
        for (var at = answer.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = answer.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    /// <summary>A batch ready to post: UTF-8 bytes take half the memory of a string, and the bench holds thousands.</summary>
    private sealed record Batch(int Articles, byte[] Body);

    /// <summary>The next batch to post, shared by the posters; a batch is never skipped between the warm-up and the count.</summary>
    private sealed class Cursor
    {
        private int _next;

        /// <summary>The next index below <paramref name="until"/>, or -1 when there is none.</summary>
        public int Take(int until)
        {
            int next;
            do
            {
                next = Volatile.Read(ref _next);
                if (next >= until)
                {
                    return -1;
                }
            }
            while (Interlocked.CompareExchange(ref _next, next + 1, next) != next);
            return next;
        }
    }
}
