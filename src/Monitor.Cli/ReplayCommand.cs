using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;
using Monitor.Grains;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Monitor.Cli;

/// <summary>
/// <c>monitor replay FOLDER [--to URL] [--speed X] [--shuffle SEED] [--api-key KEY]</c>: a folder (with its
/// manifest.json) into a running host's API, or into an in-process silo without --to, with a progress bar.
/// What could not be sent is printed with why, and makes the exit code 1; a folder or host that cannot be used is 2.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A folder of *.txt articles, with an optional manifest.json." };
        var to = new Option<string?>("--to") { Description = "A running host, as http://127.0.0.1:5080; without it an in-process silo." };
        var speed = new Option<double?>("--speed") { Description = "1 is an article every 3 seconds, 10 ten times as fast; 0 or none is as fast as it goes." };
        var shuffle = new Option<int?>("--shuffle") { Description = "Replay in a random order drawn from this seed." };
        var key = new Option<string?>("--api-key") { Description = "The X-Api-Key for a host with keys; default: $MONITOR_API_KEY." };
        var command = new Command("replay", "Replay a folder of articles into Monitor, showing articles per second.") { folder, to, speed, shuffle, key };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(speed) is { } x && ReplaySpeed.Problem(x) is { } problem)
            {
                await FolderInput.FailAsync("replay", "--speed: " + problem);
                return 2;
            }
            Uri? host = null;
            if (parse.GetValue(to) is { } target && (!Uri.TryCreate(target, UriKind.Absolute, out host) || !host.Scheme.StartsWith("http", StringComparison.Ordinal)))
            {
                await FolderInput.FailAsync("replay", "--to is the host's http URL, as http://127.0.0.1:5080.");
                return 2;
            }
            if (await FolderInput.LoadAsync("replay", parse.GetValue(folder)!, parse.GetValue(shuffle)) is not { } read)
            {
                return 2;
            }
            var interval = ReplaySpeed.Interval(TimeSpan.FromSeconds(3), parse.GetValue(speed));
            var tally = new ReplayTally { Refused = read.Refused.Count };
            var clock = Stopwatch.StartNew();
            try
            {
                if (host is not null)
                {
                    using var poster = new ArticlePoster(host, parse.GetValue(key) ?? Environment.GetEnvironmentVariable("MONITOR_API_KEY"));
                    await WithProgressAsync(read.Articles, interval, interval > TimeSpan.Zero ? 1 : ArticlePoster.BatchSize,
                        async batch => tally.AddAll(await poster.PostAsync(batch, cancellationToken)), cancellationToken);
                }
                else
                {
                    await IngestInProcessAsync(read.Articles, interval, tally, cancellationToken);
                }
            }
            catch (HostUnusableException ex)
            {
                await FolderInput.FailAsync("replay", ex.Message);
                return 2;
            }
            foreach (var refused in tally.Refusals)
            {
                await Console.Error.WriteLineAsync(refused);
            }
            var rate = read.Articles.Count / Math.Max(0.001, clock.Elapsed.TotalSeconds);
            AnsiConsole.MarkupLineInterpolated(
                $"Replayed {read.Articles.Count + read.Refused.Count} files: {tally.Accepted} accepted, {tally.Duplicates} duplicates, {tally.Refused} refused, {rate:0.0} articles/s.");
            return tally.Refused > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task IngestInProcessAsync(IReadOnlyList<ArticleInput> articles, TimeSpan interval, ReplayTally tally, CancellationToken cancellationToken)
    {
        using var host = await EmbeddedSilo.StartAsync(cancellationToken);
        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        await WithProgressAsync(articles, interval, 1, async batch => tally.Add(await ingestor.IngestAsync(batch[0], cancellationToken)), cancellationToken);
        await host.StopAsync(cancellationToken);
    }

    private static async Task WithProgressAsync(IReadOnlyList<ArticleInput> articles, TimeSpan interval, int batchSize, Func<IReadOnlyList<ArticleInput>, Task> send, CancellationToken cancellationToken)
    {
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ArticlesPerSecondColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("replay", maxValue: Math.Max(1, articles.Count));
                foreach (var batch in ArticlePoster.Batches(articles, batchSize))
                {
                    await send(batch);
                    task.Increment(batch.Count);
                    if (interval > TimeSpan.Zero)
                    {
                        await Task.Delay(interval, cancellationToken);
                    }
                }
            });
    }

    private sealed class ArticlesPerSecondColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Speed ?? 0:0.0} articles/s");
    }
}
