namespace Monitor.Feeds;

/// <summary>The outcome of one poll, as the poller reports it to the registry.</summary>
[GenerateSerializer, Alias("Monitor.FeedPollRecord")]
public sealed record FeedPollRecord(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] FeedFetchStatus Status,
    [property: Id(2)] string? ETag,
    [property: Id(3)] string? LastModified,
    [property: Id(4)] string? Error,
    [property: Id(5)] int NewArticles);
