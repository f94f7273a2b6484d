namespace Monitor.Grains;

public enum IngestOutcome
{
    Accepted,
    Duplicate,
    Refused,
}

/// <summary>
/// What became of one article: the story it joined, the earlier article it duplicates (itself, when its id
/// was sent before with the same text), or why it was refused.
/// </summary>
public sealed record IngestResult(string ArticleId, IngestOutcome Outcome, string? StoryId, string? DuplicateOf = null, string? Reason = null)
{
    public static IngestResult Refuse(string articleId, string reason) => new(articleId, IngestOutcome.Refused, null, null, reason);
}
