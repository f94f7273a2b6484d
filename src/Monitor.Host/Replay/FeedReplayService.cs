using Microsoft.Extensions.Options;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary>Replays a folder as a simulated feed: one article every interval, divided by the speed.</summary>
public sealed partial class FeedReplayService(
    IOptions<MonitorOptions> options, ArticleIngestor ingestor, TimeProvider time, ILogger<FeedReplayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = options.Value.Replay;
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            LogNoFolder(folder ?? "");
            return;
        }
        var interval = ReplaySpeed.Interval(options.Value.ReplayInterval, options.Value.Speed);
        FolderArticles read;
        try
        {
            read = ArticleFolder.Load(folder);
        }
        catch (ArticleFolderException ex)
        {
            LogBadFolder(ex.Message);
            return;
        }
        foreach (var refused in read.Refused)
        {
            LogRefused(refused.File, refused.Reason);
        }
        LogStart(read.Articles.Count, folder, interval.TotalMilliseconds);
        foreach (var article in read.Articles)
        {
            var result = await ingestor.IngestAsync(article);
            LogArticle(article.Id, result.Outcome.ToString(), result.StoryId ?? result.DuplicateOf ?? result.Reason ?? "");
            if (interval > TimeSpan.Zero)
            {
                await Task.Delay(interval, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The replay folder cannot be read: {Problem}")]
    private partial void LogBadFolder(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not replayed: {File}: {Reason}")]
    private partial void LogRefused(string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replaying {Count} articles from {Folder}, one every {IntervalMs} ms.")]
    private partial void LogStart(int count, string folder, double intervalMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed {ArticleId}: {Outcome} {Story}.")]
    private partial void LogArticle(string articleId, string outcome, string story);

    [LoggerMessage(Level = LogLevel.Information, Message = "No replay folder '{Folder}': not replaying.")]
    private partial void LogNoFolder(string folder);
}
