namespace Monitor.Feeds;

/// <summary>The feeds this cluster polls and how each poll went; one grain, persisted, so a restart resumes with the validators.</summary>
[Alias("Monitor.IFeedRegistryGrain")]
public interface IFeedRegistryGrain : IGrainWithIntegerKey
{
    public const long Default = 0;

    /// <summary>Adds a feed, or updates its interval and source when the URL is known; its poll history stays.</summary>
    [Alias("Register")]
    Task<FeedState> Register(string url, string? source, TimeSpan interval);

    [Alias("Feeds")]
    Task<FeedState[]> Feeds();

    [Alias("Find")]
    Task<FeedState?> Find(string url);

    /// <summary>Stops polling a feed; its articles stay. False when no feed has the URL.</summary>
    [Alias("Remove")]
    Task<bool> Remove(string url);

    [Alias("Record")]
    Task<FeedState?> Record(string url, FeedPollRecord poll);
}
