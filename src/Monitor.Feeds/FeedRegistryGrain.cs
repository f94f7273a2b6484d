using Monitor.Grains;

namespace Monitor.Feeds;

public sealed class FeedRegistryGrain([PersistentState("feeds", MonitorStorage.Name)] IPersistentState<FeedRegistryState> state)
    : Grain, IFeedRegistryGrain
{
    public async Task<FeedState> Register(string url, string? source, TimeSpan interval)
    {
        var feeds = state.State.Feeds;
        var index = feeds.FindIndex(f => string.Equals(f.Url, url, StringComparison.Ordinal));
        var feed = index < 0 ? new FeedState(url, source, interval) : feeds[index] with { Source = source ?? feeds[index].Source, Interval = interval };
        if (index >= 0 && feed == feeds[index])
        {
            return feed;
        }
        if (index < 0)
        {
            feeds.Add(feed);
        }
        else
        {
            feeds[index] = feed;
        }
        await state.WriteStateAsync();
        return feed;
    }

    public Task<FeedState[]> Feeds() => Task.FromResult(state.State.Feeds.ToArray());

    public Task<FeedState?> Find(string url) =>
        Task.FromResult(state.State.Feeds.FirstOrDefault(f => string.Equals(f.Url, url, StringComparison.Ordinal)));

    public async Task<bool> Remove(string url)
    {
        if (state.State.Feeds.RemoveAll(f => string.Equals(f.Url, url, StringComparison.Ordinal)) == 0)
        {
            return false;
        }
        await state.WriteStateAsync();
        return true;
    }

    public async Task<FeedState?> Record(string url, FeedPollRecord poll)
    {
        var feeds = state.State.Feeds;
        var index = feeds.FindIndex(f => string.Equals(f.Url, url, StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }
        var feed = feeds[index];
        feeds[index] = poll.Status == FeedFetchStatus.Failed
            ? feed with { LastPoll = poll.At, LastError = poll.Error, Failures = feed.Failures + 1, Polls = feed.Polls + 1, LastStatus = "failed" }
            : feed with
            {
                LastPoll = poll.At,
                LastSuccess = poll.At,
                LastError = null,
                Failures = 0,
                Polls = feed.Polls + 1,
                ETag = poll.ETag,
                LastModified = poll.LastModified,
                Articles = feed.Articles + poll.NewArticles,
                LastStatus = poll.Status == FeedFetchStatus.NotModified ? "not-modified" : "fetched",
            };
        await state.WriteStateAsync();
        return feeds[index];
    }
}

[GenerateSerializer, Alias("Monitor.FeedRegistryState")]
public sealed class FeedRegistryState
{
    [Id(0)]
    public List<FeedState> Feeds { get; set; } = [];
}
