namespace Monitor.Catalog;

/// <summary>
/// One row of the story list: its counts, and its first and latest report (the articles' published
/// times where known, the time the read model first saw an undated article otherwise).
/// </summary>
public sealed record StoryRow(
    string Id,
    string Title,
    int Articles,
    int Sources,
    int Divergences,
    DateTimeOffset First,
    DateTimeOffset Latest,
    IReadOnlyList<string> Outlets);

/// <summary>An article as the story list knows it: <paramref name="At"/> is its published time, or when it was first seen.</summary>
public sealed record ListedArticle(string Id, string Source, string Title, string? Url, DateTimeOffset At, bool Dated, string StoryId);

/// <summary>A page of the story list, with the change-log position and epoch it reflects.</summary>
public sealed record StoryPage(IReadOnlyList<StoryRow> Items, int Total, int Page, int PageSize, long Sequence, string Epoch);
