using Monitor.Grains;

namespace Monitor.Host;

/// <summary>The answer to an NDJSON batch: how many lines had each outcome, and what became of each line, in order.</summary>
public sealed record BatchAccepted(int Accepted, int Duplicates, int Refused, IReadOnlyList<BatchLine> Articles)
{
    public static BatchAccepted Of(IReadOnlyList<BatchLine> lines) => new(
        lines.Count(l => l.Outcome == IngestOutcome.Accepted),
        lines.Count(l => l.Outcome == IngestOutcome.Duplicate),
        lines.Count(l => l.Outcome == IngestOutcome.Refused),
        lines);
}

/// <summary>One line of a batch: its 1-based line number and what became of its article (the reason, when refused).</summary>
public sealed record BatchLine(int Line, string? ArticleId, IngestOutcome Outcome, string? StoryId, string? DuplicateOf, string? Reason)
{
    public static BatchLine Of(int line, IngestResult result) =>
        new(line, result.ArticleId, result.Outcome, result.StoryId, result.DuplicateOf, result.Reason);

    public static BatchLine Refused(int line, string? articleId, string reason) => new(line, articleId, IngestOutcome.Refused, null, null, reason);
}
