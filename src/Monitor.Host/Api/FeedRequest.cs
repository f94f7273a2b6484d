namespace Monitor.Host;

/// <summary>A feed to poll: its URL, how often (hh:mm:ss, default 15 minutes) and the outlet its articles count for (default: its host).</summary>
public sealed record FeedRequest(string? Url, TimeSpan? Interval, string? Source);
