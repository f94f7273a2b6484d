using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Monitor.Cli.Bench;

/// <summary>
/// (2) From POST to a SignalR client receiving the story's change, one article at a time at a fixed
/// rate. A first second at that rate is not counted: it finds the host still finishing the work of the
/// bench before (the webhook dispatcher reading the backlog, collections of its garbage), not the steady state.
/// </summary>
internal static class PushLatencyBench
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    public static async Task<(double P50, double P99, int Samples)> RunAsync(BenchHost host, BenchCorpus corpus, int rate, TimeSpan duration, int firstStory)
    {
        await MeasureAsync(host, corpus, rate, WarmUp, firstStory);
        return await MeasureAsync(host, corpus, rate, duration, firstStory + (int)(rate * WarmUp.TotalSeconds));
    }

    private static async Task<(double P50, double P99, int Samples)> MeasureAsync(BenchHost host, BenchCorpus corpus, int rate, TimeSpan duration, int firstStory)
    {
        var received = new ConcurrentDictionary<string, ConcurrentQueue<long>>();
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(host.Address, "/hubs/monitor")).Build();
        connection.On<List<JsonElement>>("changes", changes =>
        {
            var now = Stopwatch.GetTimestamp();
            foreach (var change in changes)
            {
                if (change.GetProperty("kind").GetString() is "story.opened" or "story.updated"
                    && change.GetProperty("payload").TryGetProperty("id", out var id))
                {
                    received.GetOrAdd(id.GetString()!, _ => new()).Enqueue(now);
                }
            }
        });
        await connection.StartAsync();
        await connection.InvokeAsync<long>("Subscribe", "all", long.MaxValue - 1);

        using var http = new HttpClient { BaseAddress = host.Address };
        var count = (int)(rate * duration.TotalSeconds);
        var posts = new List<Task<(string Story, long Started)>>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var article = corpus.Article(firstStory + i, i % 40);
            posts.Add(PostAsync(http, article));
        }
        var done = await Task.WhenAll(posts);
        // A push can trail its POST's response; give the last ones a moment to land.
        var waitUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 5;
        while (done.Any(p => !Delivered(received, p)) && Stopwatch.GetTimestamp() < waitUntil)
        {
            await Task.Delay(20);
        }
        var latencies = done
            .Select(p => received.TryGetValue(p.Story, out var times) ? times.Where(t => t >= p.Started).DefaultIfEmpty(-1).Min() - p.Started : -1)
            .Where(ticks => ticks >= 0)
            .Select(ticks => ticks * 1000.0 / Stopwatch.Frequency)
            .Order()
            .ToList();
        return latencies.Count == 0 ? (double.NaN, double.NaN, 0) : (Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Count);
    }

    private static bool Delivered(ConcurrentDictionary<string, ConcurrentQueue<long>> received, (string Story, long Started) post) =>
        received.TryGetValue(post.Story, out var times) && times.Any(t => t >= post.Started);

    private static async Task<(string Story, long Started)> PostAsync(HttpClient http, Monitor.Analysis.ArticleInput article)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/api/articles", new { id = article.Id, source = article.Source, title = article.Title, text = article.Text, published = article.Published });
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (result.GetProperty("storyId").GetString() ?? "", started);
    }

    private static double Percentile(List<double> sorted, double p) => Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 2);
}
