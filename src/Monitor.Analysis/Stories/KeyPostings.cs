namespace Monitor.Analysis;

/// <summary>
/// The stories with a member that has one key (a strong term or an entity): all of them, which is
/// what an undated article looks at; those of undated members; and those of dated members by day,
/// the days in order, so the window a dated article looks at is one binary search rather than a
/// lookup per day.
/// </summary>
internal sealed class KeyPostings
{
    private PostedStories _all;
    private PostedStories _undated;
    private Timeline<PostedStories> _byDay = new();

    // The lists are handed out by reference, not copied: a reader may drop repeats from them (see StoryClusterer.Consider).
    public ref PostedStories All => ref _all;

    public ref PostedStories Undated => ref _undated;

    public void Post(long? day, int story)
    {
        _all.Post(story);
        if (day is { } d)
        {
            _byDay.At(d, out _).Post(story);
        }
        else
        {
            _undated.Post(story);
        }
    }

    /// <summary>The stories posted on the days from <paramref name="first"/> to <paramref name="last"/>, one list a day.</summary>
    public Span<PostedStories> Days(long first, long last) => _byDay.Between(first, last);
}
