using System.Collections.Concurrent;
using Monitor.Analysis;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary>The replays a running host was asked for: each runs in the background until done or the host stops.</summary>
public sealed partial class FolderReplays(ArticleIngestor ingestor, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<FolderReplays> logger)
{
    private readonly ConcurrentDictionary<string, ReplayProgress> _replays = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _runs = new(StringComparer.Ordinal);

    public IReadOnlyList<ReplayProgress> All => _replays.Values.OrderBy(r => r.Started).ToList();

    public ReplayProgress Start(string folder, FolderArticles read, TimeSpan interval)
    {
        var articles = read.Articles;
        var refusals = read.Refused.Select(r => $"{r.File}: {r.Reason}").ToList();
        var progress = new ReplayProgress(Guid.NewGuid().ToString("n")[..12], folder, articles.Count + refusals.Count, refusals.Count, 0, 0,
            time.GetUtcNow(), false, null, refusals.Count, refusals);
        _replays[progress.Id] = progress;
        _runs[progress.Id] = Task.Run(() => RunAsync(progress, articles, interval, lifetime.ApplicationStopping));
        return progress;
    }

    /// <summary>Completes when the replay is done (it never faults: a failure is in its progress).</summary>
    public Task WhenDone(string id) => _runs.TryGetValue(id, out var run) ? run : Task.CompletedTask;

    public ReplayProgress? Find(string id) => _replays.GetValueOrDefault(id);

    private async Task RunAsync(ReplayProgress progress, IReadOnlyList<ArticleInput> articles, TimeSpan interval, CancellationToken stopping)
    {
        try
        {
            foreach (var article in articles)
            {
                var result = await ingestor.IngestAsync(article);
                progress = progress with
                {
                    Done = progress.Done + 1,
                    Accepted = progress.Accepted + (result.Outcome == IngestOutcome.Accepted ? 1 : 0),
                    Duplicates = progress.Duplicates + (result.Outcome == IngestOutcome.Duplicate ? 1 : 0),
                    Refused = progress.Refused + (result.Outcome == IngestOutcome.Refused ? 1 : 0),
                    Refusals = result.Outcome == IngestOutcome.Refused ? [.. progress.Refusals, $"{article.Id}: {result.Reason}"] : progress.Refusals,
                };
                _replays[progress.Id] = progress;
                if (interval > TimeSpan.Zero)
                {
                    await Task.Delay(interval, time, stopping);
                }
            }
            _replays[progress.Id] = progress with { Finished = true };
        }
        catch (Exception ex)
        {
            LogReplayFailed(ex, progress.Folder);
            _replays[progress.Id] = progress with { Finished = true, Error = ex is OperationCanceledException ? "The host stopped." : ex.Message };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The replay of {Folder} stopped early.")]
    private partial void LogReplayFailed(Exception ex, string folder);
}
