namespace Monitor.Analysis;

/// <summary>
/// The dated members of a story published in one hour, with what bounds how alike an article can be
/// to any of them. A story's bound over all its members grows loose as the story grows (its members
/// together name every term a little), so a long story that shares a common key with an article
/// would have every member in reach compared. Articles of a story published within an hour mostly
/// tell one development, so the bound over them stays close to their best measure: an hour none of
/// whose members can reach the bar is passed over without comparing any. A decision bounds a hundred
/// hours, so what a bound reads hangs from the hour itself, in flat arrays.
/// </summary>
internal sealed class MemberHour(long hour)
{
    private ComparableSignature[] _members = [];
    private MaxById _termShares = new();
    private MaxById _entities = new();

    /// <summary>The hour of publication, counted in whole hours of UTC ticks.</summary>
    public long Hour => hour;

    public int Count { get; private set; }

    /// <summary>The members, in the order they came: any order gives a story the same answer.</summary>
    public ReadOnlySpan<ComparableSignature> Members => _members.AsSpan(0, Count);

    /// <summary>Per term number, the largest weight over norm of any member (see <see cref="StoryMembers"/>).</summary>
    public MaxById TermShares => _termShares;

    /// <summary>The entity keys any member names, with their weights.</summary>
    public MaxById Entities => _entities;

    /// <summary>The smallest entity weight sum of any member.</summary>
    public double LeastEntityWeightSum { get; private set; } = double.MaxValue;

    public static long Of(long ticks) => ticks / TimeSpan.TicksPerHour;

    public void Add(ComparableSignature member)
    {
        Keep([member]);
        // A signature has at most 60 terms and 30 entities: their values fit on the stack.
        var most = Math.Max(member.Terms.Length, member.Entities.Length);
        Span<float> values = most <= 128 ? stackalloc float[most] : new float[most];
        if (member.Norm > 0)
        {
            for (var i = 0; i < member.Terms.Length; i++)
            {
                values[i] = MaxById.AtLeast(member.Weights[i] / member.Norm);
            }
            _termShares.Raise(member.Terms, values[..member.Terms.Length]);
        }
        for (var i = 0; i < member.Entities.Length; i++)
        {
            values[i] = MaxById.AtLeast(member.EntityWeights[i]);
        }
        _entities.Raise(member.Entities, values[..member.Entities.Length]);
        LeastEntityWeightSum = Math.Min(LeastEntityWeightSum, member.EntityWeightSum);
    }

    /// <summary>Takes the members of the same hour of a story merged into this one.</summary>
    public void Absorb(MemberHour other)
    {
        Keep(other.Members);
        _termShares.Raise(other._termShares);
        _entities.Raise(other._entities);
        LeastEntityWeightSum = Math.Min(LeastEntityWeightSum, other.LeastEntityWeightSum);
    }

    private void Keep(ReadOnlySpan<ComparableSignature> members)
    {
        if (Count + members.Length > _members.Length)
        {
            Array.Resize(ref _members, Math.Max(Count + members.Length, 2 * _members.Length));
        }
        members.CopyTo(_members.AsSpan(Count));
        Count += members.Length;
    }
}
