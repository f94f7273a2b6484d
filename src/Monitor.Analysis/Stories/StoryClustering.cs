namespace Monitor.Analysis;

/// <summary>
/// The story index's thresholds and windows. The defaults were fitted on one kind of news and checked
/// on another (docs/stories.md tells how); tests and tuning may set others.
/// </summary>
public sealed record StoryClustering
{
    /// <summary>The least mean similarity to a story's members for a dated article to join it.</summary>
    public double JoinThreshold { get; init; } = 0.18;

    /// <summary>The bar for an undated article, or a story with no member of known time: close dates are no longer evidence.</summary>
    public double UndatedJoinThreshold { get; init; } = 0.28;

    /// <summary>The least mean similarity between two stories' members for a re-clustering to merge them, as a share of the join bar.</summary>
    public double MergeFactor { get; init; } = 1.0;

    /// <summary>How much more alike a recent article must be to another story than to its own for a re-clustering to move it.</summary>
    public double MoveMargin { get; init; } = 0.02;

    /// <summary>Below this share of the join bar, a re-clustering moves an article out of its story into one of its own.</summary>
    public double SplitFactor { get; init; } = 1;

    /// <summary>A re-clustering runs every this many articles.</summary>
    public int RegroupEvery { get; init; } = 100;

    /// <summary>The articles a re-clustering looks at: the last this many to arrive, with their stories.</summary>
    public int RecentArticles { get; init; } = 100;

    /// <summary>
    /// A story stays live while one of its members is among the last this many to arrive, and a dated one
    /// too while its latest member is within the largest gap of the latest news: so memory is bounded by
    /// a window of days of news (or of articles), and an article arriving late still finds its story.
    /// </summary>
    public int LiveArticles { get; init; } = 2000;

    /// <summary>The share of the words in the similarity; the entities have the rest.</summary>
    public double TermShare { get; init; } = 0.9;

    /// <summary>Up to this gap between publication times, time takes nothing from how alike two articles are.</summary>
    public TimeSpan FlatGap { get; init; } = TimeSpan.FromHours(36);

    /// <summary>Articles published further apart than this are never alike; between the flat gap and this, alike less and less.</summary>
    public TimeSpan MaxGap { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The power of the inverse document frequency in a word's weight.</summary>
    public double IdfPower { get; init; } = 1;

    /// <summary>The strongest terms of an article it is indexed by, with all its entities.</summary>
    public int IndexedTerms { get; init; } = 12;

    /// <summary>
    /// The lower bar for a dated article that clears no join bar but is clearly more alike to one story
    /// than to any other (by <see cref="ContrastMargin"/>): it joins that one.
    /// </summary>
    public double DatedLowBar { get; init; } = 0.13;

    /// <summary>The lower bar for an article or story with no known time, when the match is as clear.</summary>
    public double UndatedLowBar { get; init; } = 0.16;

    /// <summary>How much more alike to its best story than to the next an article must be to join on the lower bar.</summary>
    public double ContrastMargin { get; init; } = 0.06;

    /// <summary>
    /// The articles the index must have seen before a clear match counts: until then every word is
    /// rare in the frequencies, and a shared subject looks like a shared event.
    /// </summary>
    public int ClearMatchAfter { get; init; } = 100;

    /// <summary>
    /// What the similarity of an opinion piece and a news report is multiplied by: a subject's news and
    /// the opinion written about it are told in the same words, yet readers keep them apart.
    /// </summary>
    public double OpinionFactor { get; init; } = 0.5;

    /// <summary>The genre factor of two articles: 1 when both are news or both opinion.</summary>
    public double GenreFactor(bool a, bool b) => a == b ? 1 : OpinionFactor;

    /// <summary>The time factor of two publication times in ticks: 1 when either is unknown or they are within the flat gap, then falling to 0 at the largest gap.</summary>
    public double TimeFactor(long? a, long? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return 1;
        }
        var gap = Math.Abs(x - y);
        if (gap <= FlatGap.Ticks)
        {
            return 1;
        }
        return gap >= MaxGap.Ticks ? 0 : 1 - (double)(gap - FlatGap.Ticks) / (MaxGap.Ticks - FlatGap.Ticks);
    }
}
