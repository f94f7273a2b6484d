using System.Text.Json;
using System.Threading.Channels;
using Monitor.Catalog;
using Monitor.Contracts;

namespace Monitor.Host;

/// <summary>
/// Keeps this host's <see cref="StoryCatalog"/> current from the change log, off the ingest path: it
/// reads the <c>all</c> topic after the catalog's sequence whenever a push says there is more (and every
/// few seconds, for a push lost on the way), and refreshes each story a page of changes touched with
/// one call to it. A burst of changes to a story costs one read of it, however many changes it made.
/// </summary>
public sealed partial class StoryCatalogFeed(
    IGrainFactory grains, StoryCatalog catalog, TimeProvider time, ILogger<StoryCatalogFeed> logger) : BackgroundService
{
    private const int PageSize = 1000;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(3);

    // A long catch-up (a restart reading a day of changes) still shows its progress this often.
    private static readonly TimeSpan Publish = TimeSpan.FromSeconds(1);

    // Under a replay's stream of pushes, a fifth of a second between catch-ups keeps the reads of the
    // stories (and the list's publishing) to a few a second, a lag nobody sees.
    private static readonly TimeSpan Breather = TimeSpan.FromMilliseconds(200);
    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Changes were pushed: read the log now rather than at the next poll.</summary>
    public void Nudge() => _nudges.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await CatchUpAsync(stoppingToken))
                {
                    await Task.Delay(Breather, time, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCatchUpFailed(ex);
            }
            using var interval = new CancellationTokenSource(Poll, time);
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, interval.Token);
            try
            {
                await _nudges.Reader.ReadAsync(poll.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval passed without a push.
            }
        }
    }

    /// <summary>Applies the changes logged since the catalog's sequence; whether there were any.</summary>
    private async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        var epoch = await grains.GetGrain<IChangeLogEpochGrain>(0).Epoch();
        if (epoch != catalog.Epoch)
        {
            catalog.Reset(epoch);
        }
        var feed = grains.GetGrain<IChangeFeedGrain>(0);
        var start = catalog.Sequence;
        var read = start;
        var published = time.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await feed.Read(Topics.All, read, PageSize);
            if (page.Count > 0)
            {
                await ApplyAsync(page, cancellationToken);
                read = page[^1].Sequence;
            }
            if (page.Count == 0 || time.GetElapsedTime(published) >= Publish)
            {
                catalog.Advance(read);
                published = time.GetTimestamp();
                if (page.Count == 0)
                {
                    return read > start;
                }
            }
        }
        return false;
    }

    private async Task ApplyAsync(IReadOnlyList<Change> page, CancellationToken cancellationToken)
    {
        var touched = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var change in page)
        {
            foreach (var id in StoryChangeIds.Of(change))
            {
                touched[id] = change.At;
            }
            if (change.Kind == ChangeKinds.StoryMerged && Merge(change.Payload) is var (from, into))
            {
                catalog.Merge(from, into);
                touched.Remove(from);
            }
        }
        await Parallel.ForEachAsync(touched, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (story, _) => await RefreshAsync(story.Key, story.Value));
    }

    private async Task RefreshAsync(string id, DateTimeOffset seenAt)
    {
        var entry = await grains.GetGrain<IStoryGrain>(id).Entry();
        if (entry.MergedInto is { } into)
        {
            catalog.Merge(id, into);
            return;
        }
        var articles = entry.Articles.Select(a => new ReportedArticle(a.Id, a.Source, a.Title, a.Url, a.Published)).ToList();
        catalog.Put(id, entry.Title, entry.Sources, entry.Divergences, articles, entry.Entities, seenAt);
    }

    private static (string From, string Into)? Merge(string payload)
    {
        using var json = JsonDocument.Parse(payload);
        var root = json.RootElement;
        return root.TryGetProperty("storyId", out var from) && root.TryGetProperty("into", out var into)
            && from.GetString() is { } f && into.GetString() is { } i ? (f, i) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not bring the story list up to date; trying again.")]
    private partial void LogCatchUpFailed(Exception ex);
}
