using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// The articles of one story, the dated ones in order of publication and the undated ones apart.
/// A dated article links to no member published further than <see cref="SignatureSimilarity.MaxGap"/>
/// from it, so the members it could link to are one range found by binary search: a long story
/// costs a decision the members of its last few days, not all it ever gathered. It also keeps, over all
/// its members, the most any of them gives each term (weight over norm) and the entity keys any of them
/// names: enough to bound how alike an article can be to its most alike member without comparing any.
/// </summary>
internal sealed class StoryMembers
{
    // Per term number, the largest weight over norm of any member: a member's cosine with an article is
    // a sum of the article's weights times these shares, so the largest shares bound every member's.
    private readonly Dictionary<int, double> _termShares = [];
    private readonly HashSet<int> _entities = [];

    // The dated members and, in step, their publication times in UTC ticks, ascending.
    private List<ComparableSignature> _dated = [];
    private List<long> _ticks = [];
    private readonly List<ComparableSignature> _undated = [];

    public int Count => _dated.Count + _undated.Count;

    public ReadOnlySpan<ComparableSignature> Undated => CollectionsMarshal.AsSpan(_undated);

    /// <summary>The smallest entity weight sum of any member: the Dice overlap's denominator is at least the article's plus this.</summary>
    public double LeastEntityWeightSum { get; private set; } = double.MaxValue;

    /// <summary>The largest share (weight over norm) any member gives the term; 0 when none names it.</summary>
    public double TermShare(int term) => _termShares.GetValueOrDefault(term);

    public bool AnyNames(int entity) => _entities.Contains(entity);

    public void Add(ComparableSignature member)
    {
        Reach(member);
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
        foreach (var (term, share) in other._termShares)
        {
            ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(_termShares, term, out _);
            mine = Math.Max(mine, share);
        }
        _entities.UnionWith(other._entities);
        LeastEntityWeightSum = Math.Min(LeastEntityWeightSum, other.LeastEntityWeightSum);
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
    /// the gap away), or every dated member for an undated article; and where in them the article's
    /// own time falls (<paramref name="pivot"/>: the first member published after it), so a caller can look at the closest first.
    /// </summary>
    public ReadOnlySpan<ComparableSignature> DatedNear(long? ticks, out int pivot)
    {
        var dated = CollectionsMarshal.AsSpan(_dated);
        if (ticks is not { } t)
        {
            pivot = 0;
            return dated;
        }
        var gap = SignatureSimilarity.MaxGap.Ticks;
        var first = SortedLongs.FirstAfter(_ticks, t - gap - 1);
        pivot = SortedLongs.FirstAfter(_ticks, t) - first;
        return dated[first..SortedLongs.FirstAfter(_ticks, t + gap)];
    }

    private void Reach(ComparableSignature member)
    {
        if (member.Norm > 0)
        {
            for (var i = 0; i < member.Terms.Length; i++)
            {
                ref var share = ref CollectionsMarshal.GetValueRefOrAddDefault(_termShares, member.Terms[i], out _);
                share = Math.Max(share, member.Weights[i] / member.Norm);
            }
        }
        _entities.UnionWith(member.Entities);
        LeastEntityWeightSum = Math.Min(LeastEntityWeightSum, member.EntityWeightSum);
    }
}
