namespace Monitor.Analysis;

/// <summary>An article as it arrives from a feed, the HTTP API or a folder replay.</summary>
public sealed record ArticleInput(
    string Id,
    string Source,
    string Title,
    string Text,
    string? Url = null,
    DateTimeOffset? Published = null);
