namespace Monitor.Feeds;

/// <summary>A parsed RSS 2.0 or Atom document.</summary>
public sealed record FeedDocument(string? Title, IReadOnlyList<FeedItem> Items);
