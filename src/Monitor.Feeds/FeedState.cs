namespace Monitor.Feeds;

/// <summary>One registered feed and how its polling goes: what <c>GET /api/feeds</c> shows.</summary>
[GenerateSerializer, Alias("Monitor.FeedState")]
public sealed record FeedState(
    [property: Id(0)] string Url,
    [property: Id(1)] string? Source,
    [property: Id(2)] TimeSpan Interval,
    [property: Id(3)] string? ETag = null,
    [property: Id(4)] string? LastModified = null,
    [property: Id(5)] DateTimeOffset? LastPoll = null,
    [property: Id(6)] DateTimeOffset? LastSuccess = null,
    [property: Id(7)] string? LastError = null,
    [property: Id(8)] int Failures = 0,
    [property: Id(9)] long Articles = 0,
    [property: Id(10)] long Polls = 0,
    [property: Id(11)] string? LastStatus = null);
