namespace Monitor.Analysis;

/// <summary>
/// Where an article goes: the story it joins or opens. <see cref="Regrouped"/> lists what the index's
/// re-clustering of the recent window changed just before: articles moved between stories, or out
/// into a story of their own, and stories merged. They are carried out before the article joins.
/// <see cref="Absorbed"/> is kept for decisions stored by the single-link index, which merged the
/// stories an article bridged.
/// </summary>
public sealed record StoryDecision(string StoryId, bool IsNew, IReadOnlyList<string>? Absorbed = null, IReadOnlyList<StoryRegroup>? Regrouped = null)
{
    public IReadOnlyList<string> Merged => Absorbed ?? [];

    public IReadOnlyList<StoryRegroup> Regroups => Regrouped ?? [];
}

/// <summary>
/// Articles moved from one story to another. When <see cref="Merged"/>, they were the last of
/// <see cref="From"/>, which is gone into <see cref="To"/>; otherwise <see cref="From"/> was split
/// and keeps its other articles (the larger part keeps its id). <see cref="To"/> may be new.
/// <see cref="At"/> numbers the moves in the order the index made them: of two moves of one article,
/// the later is the one that holds.
/// </summary>
public sealed record StoryRegroup(string From, string To, IReadOnlyList<string> Articles, bool Merged, long At = 0);
