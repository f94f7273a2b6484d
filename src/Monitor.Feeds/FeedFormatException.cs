namespace Monitor.Feeds;

/// <summary>The document is not a feed this service reads: not XML, not RSS 2.0 or Atom, or over a limit.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
