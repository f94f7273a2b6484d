namespace Monitor.Grains;

public enum IngestOutcome
{
    Accepted,
    Duplicate,
}

/// <summary>What became of one article: the story it joined, or the earlier article it duplicates.</summary>
public sealed record IngestResult(string ArticleId, IngestOutcome Outcome, string? StoryId, string? DuplicateOf = null);
