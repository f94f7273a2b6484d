using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Grains;

namespace Monitor.Feeds;

/// <summary>
/// Polls every registered feed when it is due and ingests its new items. It runs in the host, not as
/// a grain timer, so fetching (slow, third-party) never holds a grain; the registry grain only keeps state.
/// Each feed's poll runs on its own, with its own time-out (the HTTP client's): a feed that hangs delays no other.
/// </summary>
public sealed partial class FeedPoller(
    IGrainFactory grains,
    IHttpClientFactory http,
    ArticleIngestor ingestor,
    IOptions<List<FeedOptions>> configured,
    TimeProvider time,
    ILogger<FeedPoller> logger) : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(1);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _polling = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);

    private IFeedRegistryGrain Registry => grains.GetGrain<IFeedRegistryGrain>(IFeedRegistryGrain.Default);

    /// <summary>Registers a feed and polls it at once.</summary>
    public async Task<FeedState> RegisterAsync(string url, string? source, TimeSpan? interval)
    {
        var feed = await Registry.Register(url, source, interval ?? FeedOptions.DefaultInterval);
        _wake.Writer.TryWrite(true);
        return feed;
    }

    public Task<FeedState[]> FeedsAsync() => Registry.Feeds();

    /// <summary>Stops polling a feed (a poll under way finishes); its articles stay. False when no feed has the URL.</summary>
    public Task<bool> RemoveAsync(string url) => Registry.Remove(url);

    /// <summary>One conditional GET of one feed and the ingest of its items; polls of one feed never overlap.</summary>
    public async Task<FeedState?> PollAsync(string url, CancellationToken cancellationToken)
    {
        var gate = _polling.GetOrAdd(url, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await Registry.Find(url) is not { } feed)
            {
                return null;
            }
            var fetcher = new FeedFetcher(http.CreateClient(FeedFetcher.HttpClientName));
            var response = await fetcher.FetchAsync(url, feed.ETag, feed.LastModified, cancellationToken);
            var record = response.Status == FeedFetchStatus.Fetched
                ? await IngestAsync(feed, response)
                : new FeedPollRecord(time.GetUtcNow(), response.Status, response.ETag, response.LastModified, response.Error, 0);
            if (record.Error is { } error)
            {
                LogPollFailed(url, error);
            }
            return await Registry.Record(url, record);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<FeedPollRecord> IngestAsync(FeedState feed, FeedResponse response)
    {
        FeedDocument document;
        try
        {
            document = FeedParser.Parse(new MemoryStream(response.Body!, writable: false));
        }
        catch (FeedFormatException ex)
        {
            return new FeedPollRecord(time.GetUtcNow(), FeedFetchStatus.Failed, null, null, ex.Message, 0);
        }
        var source = FeedOptions.SourceOf(feed.Url, feed.Source);
        var added = 0;
        foreach (var item in document.Items)
        {
            var check = item.ToArticle(source);
            if (check.Article is not { } article)
            {
                LogItemRefused(feed.Url, item.Title, check.Reason);
                continue;
            }
            var result = await ingestor.IngestAsync(article);
            added += result.Outcome == IngestOutcome.Accepted ? 1 : 0;
        }
        LogPolled(feed.Url, document.Items.Count, added);
        return new FeedPollRecord(time.GetUtcNow(), FeedFetchStatus.Fetched, response.ETag, response.LastModified, null, added);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RegisterConfiguredAsync();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetUtcNow();
                var feeds = await Registry.Feeds();
                foreach (var feed in feeds.Where(f => FeedSchedule.NextPollAt(f, now) <= now))
                {
                    if (_inFlight.TryAdd(feed.Url, 0))
                    {
                        _ = PollOnItsOwnAsync(feed.Url, stoppingToken);
                    }
                }
                await SleepAsync(UntilNextDue(feeds.Where(f => !_inFlight.ContainsKey(f.Url)), now), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogLoopFailed(ex);
                await SleepAsync(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task RegisterConfiguredAsync()
    {
        foreach (var feed in configured.Value)
        {
            if (FeedOptions.Problem(feed.Url, feed.Interval) is { } problem)
            {
                LogBadConfiguredFeed(feed.Url ?? "", problem);
                continue;
            }
            await Registry.Register(feed.Url!, feed.Source, feed.Interval ?? FeedOptions.DefaultInterval);
        }
    }

    /// <summary>One feed's poll, on the thread pool; when it ends the loop wakes to plan that feed's next one.</summary>
    private async Task PollOnItsOwnAsync(string url, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await PollAsync(url, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogPollCrashed(ex, url);
        }
        finally
        {
            _inFlight.TryRemove(url, out _);
            _wake.Writer.TryWrite(true);
        }
    }

    private static TimeSpan UntilNextDue(IEnumerable<FeedState> feeds, DateTimeOffset now)
    {
        var next = feeds.Select(f => FeedSchedule.NextPollAt(f, now)).DefaultIfEmpty(now + LongestSleep).Min();
        var wait = next - now;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestSleep ? LongestSleep : wait;
    }

    /// <summary>Sleeps until the time comes or a feed is registered, whichever is first.</summary>
    private async Task SleepAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(delay, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await _wake.Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Url}: {Items} items, {Added} new articles.")]
    private partial void LogPolled(string url, int items, int added);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An item of {Url} is refused ({Title}): {Reason}")]
    private partial void LogItemRefused(string url, string title, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling {Url} failed: {Error}")]
    private partial void LogPollFailed(string url, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling {Url} failed; the other feeds go on.")]
    private partial void LogPollCrashed(Exception ex, string url);

    [LoggerMessage(Level = LogLevel.Error, Message = "The feed poller's loop failed; it goes on.")]
    private partial void LogLoopFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The configured feed '{Url}' is skipped: {Problem}")]
    private partial void LogBadConfiguredFeed(string url, string problem);
}
