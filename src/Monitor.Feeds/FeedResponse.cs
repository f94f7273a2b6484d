namespace Monitor.Feeds;

[GenerateSerializer, Alias("Monitor.FeedFetchStatus")]
public enum FeedFetchStatus
{
    Fetched,
    NotModified,
    Failed,
}

/// <summary>What one conditional GET brought: a document with its validators, a 304, or an error.</summary>
public sealed record FeedResponse(FeedFetchStatus Status, byte[]? Body = null, string? ETag = null, string? LastModified = null, string? Error = null)
{
    public static FeedResponse Failed(string error) => new(FeedFetchStatus.Failed, Error: error);
}
