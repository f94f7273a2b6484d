using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Monitor.Cli.Bench;

/// <summary>(1) Articles per second end to end: NDJSON batches over HTTP into the running host, durable, for at most a set time.</summary>
internal static class ThroughputBench
{
    private const int BatchSize = 50;
    private const int Posters = 8;

    public static async Task<(double ArticlesPerSecond, IReadOnlyDictionary<string, double> Profile)> RunAsync(
        BenchHost host, BenchCorpus corpus, int articles, int stories, int sources, TimeSpan limit)
    {
        var batches = Enumerable.Range(0, articles)
            .Select(i => corpus.Article(i % stories, (i * 7) % sources))
            .Chunk(BatchSize)
            .Select(chunk => string.Join('\n', chunk.Select(a => JsonSerializer.Serialize(new
            {
                id = a.Id, source = a.Source, title = a.Title, text = a.Text, published = a.Published?.ToString("O"),
            }))))
            .ToList();
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) };
        using var meters = new MeterTotals();
        var next = -1;
        var ingested = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Posters).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Count && clock.Elapsed < limit)
            {
                using var content = new StringContent(batches[index], Encoding.UTF8, "application/x-ndjson");
                using var response = await http.PostAsync("/api/articles", content);
                response.EnsureSuccessStatusCode();
                Interlocked.Add(ref ingested, batches[index].Count(c => c == '\n') + 1);
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        // Where the time went, as a share of the wall clock (the sections overlap across concurrent requests).
        var profile = meters.Totals.Where(t => t.Key.EndsWith(".duration", StringComparison.Ordinal)).ToDictionary(t => t.Key, t => Math.Round(t.Value / 1000 / seconds, 3));
        profile["wall_seconds"] = Math.Round(seconds, 2);
        profile["articles"] = ingested;
        // CPU of the whole process (host and HTTP client) per article: unlike the wall clock, it does not
        // move when other work shares the machine.
        process.Refresh();
        profile["cpu_ms_per_article"] = Math.Round((process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, ingested), 2);
        return (ingested / seconds, profile);
    }
}
