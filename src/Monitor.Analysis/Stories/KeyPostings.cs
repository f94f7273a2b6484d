using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// The stories with a member that has one key (a strong term or an entity): all of them, which is
/// what an undated article looks at; those of undated members; and those of dated members by day,
/// the days in order, so the window a dated article looks at is one binary search rather than a
/// lookup per day.
/// </summary>
internal sealed class KeyPostings
{
    private readonly List<int> _all = [];
    private readonly List<int> _undated = [];
    private readonly List<long> _days = [];
    private readonly List<List<int>> _byDay = [];

    // The lists are handed out, not copied: a reader may drop repeats from them (see StoryClusterer.Consider).
    public List<int> All => _all;

    public List<int> Undated => _undated;

    public void Post(long? day, int story)
    {
        Post(_all, story);
        Post(day is { } d ? OnDay(d) : _undated, story);
    }

    /// <summary>The stories posted on the days from <paramref name="first"/> to <paramref name="last"/>, one list a day.</summary>
    public ReadOnlySpan<List<int>> Days(long first, long last)
    {
        var start = SortedLongs.FirstAfter(_days, first - 1);
        var end = SortedLongs.FirstAfter(_days, last);
        return CollectionsMarshal.AsSpan(_byDay)[start..end];
    }

    private List<int> OnDay(long day)
    {
        var at = SortedLongs.FirstAfter(_days, day);
        if (at > 0 && _days[at - 1] == day)
        {
            return _byDay[at - 1];
        }
        List<int> stories = [];
        _days.Insert(at, day);
        _byDay.Insert(at, stories);
        return stories;
    }

    private static void Post(List<int> stories, int story)
    {
        // A story's members often share keys and arrive one after another: post it once in a row.
        if (stories.Count == 0 || stories[^1] != story)
        {
            stories.Add(story);
        }
    }
}
