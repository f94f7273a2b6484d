using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;
using Monitor.Grains;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Monitor.Cli;

/// <summary>
/// <c>monitor replay FOLDER [--to URL] [--speed X] [--shuffle SEED] [--api-key KEY]</c>: a folder (with its
/// manifest.json) into a running host's API, or into an in-process silo without --to, with a progress bar.
/// </summary>
internal static class ReplayCommand
{
    private const int BatchSize = 100;

    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A folder of *.txt articles, with an optional manifest.json." };
        var to = new Option<string?>("--to") { Description = "A running host, as http://127.0.0.1:5080; without it an in-process silo." };
        var speed = new Option<double?>("--speed") { Description = "1 is an article every 3 seconds, 10 ten times as fast; none is as fast as it goes." };
        var shuffle = new Option<int?>("--shuffle") { Description = "Replay in a random order drawn from this seed." };
        var key = new Option<string?>("--api-key") { Description = "The X-Api-Key for a host with keys; default: $MONITOR_API_KEY." };
        var command = new Command("replay", "Replay a folder of articles into Monitor, showing articles per second.") { folder, to, speed, shuffle, key };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(speed) is <= 0 or double.NaN)
            {
                await Console.Error.WriteLineAsync("--speed is a positive number.");
                return 2;
            }
            Uri? host = null;
            if (parse.GetValue(to) is { } target && (!Uri.TryCreate(target, UriKind.Absolute, out host) || !host.Scheme.StartsWith("http", StringComparison.Ordinal)))
            {
                await Console.Error.WriteLineAsync("--to is the host's http URL, as http://127.0.0.1:5080.");
                return 2;
            }
            var articles = ArticleFolder.Read(parse.GetValue(folder)!.FullName, parse.GetValue(shuffle));
            var interval = parse.GetValue(speed) is { } x ? TimeSpan.FromSeconds(3) / x : TimeSpan.Zero;
            var tally = host is not null
                ? await PostAsync(articles, host, parse.GetValue(key) ?? Environment.GetEnvironmentVariable("MONITOR_API_KEY"), interval, cancellationToken)
                : await IngestInProcessAsync(articles, interval, cancellationToken);
            var rate = articles.Count / Math.Max(0.001, tally.Elapsed.TotalSeconds);
            AnsiConsole.MarkupLineInterpolated($"Replayed {articles.Count} articles: {tally.Accepted} accepted, {tally.Duplicates} duplicates, {tally.Rejected} rejected, {rate:0.0} articles/s.");
            return tally.Rejected > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task<Tally> IngestInProcessAsync(IReadOnlyList<ArticleInput> articles, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var host = await EmbeddedSilo.StartAsync(cancellationToken);
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        var tally = new Tally();
        await WithProgressAsync(tally, articles, interval, 1, async batch => tally.Add(await ingestor.IngestAsync(batch[0])), cancellationToken);
        await host.StopAsync(cancellationToken);
        return tally;
    }

    private static async Task<Tally> PostAsync(IReadOnlyList<ArticleInput> articles, Uri host, string? key, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(5) };
        if (!string.IsNullOrEmpty(key))
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        var tally = new Tally();
        // Paced replays post one article a request; fast ones post NDJSON batches, which the rate limit counts once.
        await WithProgressAsync(tally, articles, interval, interval > TimeSpan.Zero ? 1 : BatchSize, async batch =>
        {
            var body = string.Join('\n', batch.Select(a => JsonSerializer.Serialize(new
            {
                a.Id, a.Source, a.Title, a.Text, a.Url, Published = a.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            }, MonitorJson.Options)));
            while (true)
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
                using var response = await http.PostAsync("/api/articles", content, cancellationToken);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    tally.Rejected += batch.Count;
                    AnsiConsole.MarkupLineInterpolated($"[red]{(int)response.StatusCode}[/] {await response.Content.ReadAsStringAsync(cancellationToken)}");
                    return;
                }
                var accepted = await response.Content.ReadFromJsonAsync<BatchAnswer>(MonitorJson.Options, cancellationToken);
                foreach (var result in accepted?.Articles ?? [])
                {
                    tally.Add(result);
                }
                return;
            }
        }, cancellationToken);
        return tally;
    }

    private static async Task WithProgressAsync(Tally tally, IReadOnlyList<ArticleInput> articles, TimeSpan interval, int batchSize, Func<IReadOnlyList<ArticleInput>, Task> send, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ArticlesPerSecondColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("replay", maxValue: Math.Max(1, articles.Count));
                foreach (var batch in articles.Chunk(batchSize))
                {
                    await send(batch);
                    task.Increment(batch.Length);
                    if (interval > TimeSpan.Zero)
                    {
                        await Task.Delay(interval, cancellationToken);
                    }
                }
            });
        tally.Elapsed = clock.Elapsed;
    }

    private sealed class ArticlesPerSecondColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Speed ?? 0:0.0} articles/s");
    }

    private sealed record BatchAnswer(IngestResult[] Articles);

    private sealed class Tally
    {
        public int Accepted { get; set; }

        public int Duplicates { get; set; }

        public int Rejected { get; set; }

        public TimeSpan Elapsed { get; set; }

        public void Add(IngestResult result)
        {
            Accepted += result.Outcome == IngestOutcome.Accepted ? 1 : 0;
            Duplicates += result.Outcome == IngestOutcome.Duplicate ? 1 : 0;
        }
    }
}
