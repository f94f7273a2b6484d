using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// The articles of one story, the dated ones in order of publication and the undated ones apart.
/// A dated article links to no member published further than <see cref="SignatureSimilarity.MaxGap"/>
/// from it, so the members it could link to are one range found by binary search: a long story
/// costs a decision the members of its last few days, not all it ever gathered.
/// </summary>
internal sealed class StoryMembers
{
    // The dated members and, in step, their publication times in UTC ticks, ascending.
    private List<ComparableSignature> _dated = [];
    private List<long> _ticks = [];
    private readonly List<ComparableSignature> _undated = [];

    public int Count => _dated.Count + _undated.Count;

    public ReadOnlySpan<ComparableSignature> Undated => CollectionsMarshal.AsSpan(_undated);

    public void Add(ComparableSignature member)
    {
        if (member.Ticks is not { } ticks)
        {
            _undated.Add(member);
            return;
        }
        var at = SortedLongs.FirstAfter(_ticks, ticks);
        _dated.Insert(at, member);
        _ticks.Insert(at, ticks);
    }

    /// <summary>Takes the members of a story merged into this one, keeping the order of publication.</summary>
    public void Absorb(StoryMembers other)
    {
        _undated.AddRange(other._undated);
        var dated = new List<ComparableSignature>(_dated.Count + other._dated.Count);
        var ticks = new List<long>(dated.Capacity);
        int i = 0, j = 0;
        while (i < _dated.Count || j < other._dated.Count)
        {
            var fromOther = i == _dated.Count || j < other._dated.Count && other._ticks[j] < _ticks[i];
            dated.Add(fromOther ? other._dated[j] : _dated[i]);
            ticks.Add(fromOther ? other._ticks[j++] : _ticks[i++]);
        }
        (_dated, _ticks) = (dated, ticks);
    }

    /// <summary>
    /// The dated members an article published at <paramref name="ticks"/> may link to (those at most
    /// the gap away), or every dated member for an undated article.
    /// </summary>
    public ReadOnlySpan<ComparableSignature> DatedNear(long? ticks)
    {
        var dated = CollectionsMarshal.AsSpan(_dated);
        if (ticks is not { } t)
        {
            return dated;
        }
        var gap = SignatureSimilarity.MaxGap.Ticks;
        return dated[SortedLongs.FirstAfter(_ticks, t - gap - 1)..SortedLongs.FirstAfter(_ticks, t + gap)];
    }
}
