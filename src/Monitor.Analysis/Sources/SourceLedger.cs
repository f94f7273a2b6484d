namespace Monitor.Analysis;

/// <summary>
/// A source's stance in one story: slots where it stands with the best-supported value, and all it
/// took part in. <see cref="StoryVersion"/> is the number of articles the story had when it was taken.
/// </summary>
public sealed record SourceStance(string Source, int Agrees, int Total, int StoryVersion = 0);

/// <summary>One outlet: its articles and how often it stands with each story's consensus.</summary>
public sealed class SourceLedger(string source)
{
    private readonly SortedSet<string> _articles = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SourceStance> _stanceByStory = new(StringComparer.Ordinal);
    private readonly HashSet<string> _mergedStories = new(StringComparer.Ordinal);
    // Sums over the current stances, kept as they change: the agreement costs the same however many stories the source is in.
    private long _agrees;
    private long _total;

    public string Source { get; } = source;

    public bool AddArticle(string articleId) => _articles.Add(articleId);

    public bool SetStance(string storyId, SourceStance stance)
    {
        // Stances of one story can arrive out of order when articles are ingested in parallel: the newest wins.
        // A merged story's stance is gone: its articles count in the story it was merged into.
        if (_mergedStories.Contains(storyId) || _stanceByStory.TryGetValue(storyId, out var old) && (old == stance || old.StoryVersion > stance.StoryVersion))
        {
            return false;
        }
        Count(old, -1);
        _stanceByStory[storyId] = stance;
        Count(stance, +1);
        return true;
    }

    /// <summary>A story was merged into another: its stance no longer counts, now or when a late one arrives.</summary>
    public bool RetireStory(string storyId)
    {
        var retired = _mergedStories.Add(storyId);
        if (_stanceByStory.Remove(storyId, out var old))
        {
            Count(old, -1);
            return true;
        }
        return retired;
    }

    public int ArticleCount => _articles.Count;

    public double Agreement() => _total == 0 ? 0 : Math.Round((double)_agrees / _total, 4);

    private void Count(SourceStance? stance, int sign)
    {
        if (stance is not null)
        {
            _agrees += sign * stance.Agrees;
            _total += sign * stance.Total;
        }
    }

    public SourceView View() => new(Source, Source, [.. _articles], Agreement());
}
