using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// The articles of one story, the dated ones by hour of publication (see <see cref="MemberHour"/>),
/// the hours in order, and the undated ones apart. A dated article links to no member published
/// further than <see cref="SignatureSimilarity.MaxGap"/> from it, so the members it could link to are
/// in one range of hours found by binary search: a long story costs a decision the members of its
/// last few days, not all it ever gathered. It also keeps, over all its members, the most any of them
/// gives each term (weight over norm) and the entity keys any of them names: enough to bound how alike
/// an article can be to its most alike member without comparing any.
/// </summary>
internal sealed class StoryMembers
{
    // Per term number, the largest weight over norm of any member: a member's cosine with an article is
    // a sum of the article's weights times these shares, so the largest shares bound every member's.
    private readonly Dictionary<int, double> _termShares = [];
    private readonly HashSet<int> _entities = [];

    // The hours with dated members, by number.
    private Timeline<MemberHour> _hours = new();
    private readonly List<ComparableSignature> _undated = [];

    public int Count { get; private set; }

    public ReadOnlySpan<ComparableSignature> Undated => CollectionsMarshal.AsSpan(_undated);

    /// <summary>The smallest entity weight sum of any member: the Dice overlap's denominator is at least the article's plus this.</summary>
    public double LeastEntityWeightSum { get; private set; } = double.MaxValue;

    /// <summary>The largest share (weight over norm) any member gives the term; 0 when none names it.</summary>
    public double TermShare(int term) => _termShares.GetValueOrDefault(term);

    public bool AnyNames(int entity) => _entities.Contains(entity);

    /// <summary>Whether a dated member is close enough in time to link to an article published at <paramref name="ticks"/> (any time, if unknown).</summary>
    public static bool InReach(ComparableSignature member, long? ticks) =>
        ticks is not { } t || Math.Abs(member.Ticks.GetValueOrDefault() - t) <= SignatureSimilarity.MaxGap.Ticks;

    public void Add(ComparableSignature member)
    {
        Reach(member);
        Count++;
        if (member.Ticks is not { } ticks)
        {
            _undated.Add(member);
            return;
        }
        HourOf(MemberHour.Of(ticks), null).Add(member);
    }

    /// <summary>Takes the members of a story merged into this one, hour by hour.</summary>
    public void Absorb(StoryMembers other)
    {
        foreach (var (term, share) in other._termShares)
        {
            ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(_termShares, term, out _);
            mine = Math.Max(mine, share);
        }
        _entities.UnionWith(other._entities);
        LeastEntityWeightSum = Math.Min(LeastEntityWeightSum, other.LeastEntityWeightSum);
        Count += other.Count;
        _undated.AddRange(other._undated);
        foreach (var hour in other._hours.Things)
        {
            var mine = HourOf(hour.Hour, hour);
            if (mine != hour)
            {
                mine.Absorb(hour);
            }
        }
    }

    /// <summary>
    /// The hours whose members an article published at <paramref name="ticks"/> may link to (those
    /// holding a member at most the gap away; the first and last may hold some further), or every hour
    /// for an undated article; and where in them the article's own hour falls (<paramref name="pivot"/>:
    /// the first hour not before it), so a caller can look at the closest first.
    /// </summary>
    public ReadOnlySpan<MemberHour> HoursNear(long? ticks, out int pivot)
    {
        var hours = _hours.Things;
        if (ticks is not { } t)
        {
            pivot = 0;
            return hours;
        }
        // Ticks are never negative: a member within the gap is in an hour from that of t - gap to that of t + gap.
        var gap = SignatureSimilarity.MaxGap.Ticks;
        var first = _hours.FirstAfter(MemberHour.Of(t - gap) - 1);
        pivot = _hours.FirstAfter(MemberHour.Of(t) - 1) - first;
        return hours[first.._hours.FirstAfter(MemberHour.Of(t + gap))];
    }

    /// <summary>The story's hour numbered <paramref name="number"/>: the one it has, or else <paramref name="moved"/> or a new one, put in its place.</summary>
    private MemberHour HourOf(long number, MemberHour? moved)
    {
        ref var hour = ref _hours.At(number, out _);
        return hour ??= moved ?? new MemberHour(number);
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
