using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// The dated members of a story published in one hour, with what bounds how alike an article can be
/// to any of them. A story's bound over all its members grows loose as the story grows (its members
/// together name every term a little), so a long story that shares a common key with an article
/// would have every member in reach compared. Articles of a story published within an hour mostly
/// tell one development, so the bound over them stays close to their best measure: an hour none of
/// whose members can reach the bar is passed over without comparing any.
/// </summary>
internal sealed class MemberHour(long hour)
{
    private readonly List<ComparableSignature> _members = [];

    /// <summary>The hour of publication, counted in whole hours of UTC ticks.</summary>
    public long Hour => hour;

    public int Count => _members.Count;

    /// <summary>The members, in the order they came: any order gives a story the same answer.</summary>
    public ReadOnlySpan<ComparableSignature> Members => CollectionsMarshal.AsSpan(_members);

    /// <summary>Per term number, the largest weight over norm of any member (see <see cref="StoryMembers"/>).</summary>
    public MaxById TermShares { get; } = new();

    /// <summary>The entity keys any member names, with their weights.</summary>
    public MaxById Entities { get; } = new();

    /// <summary>The smallest entity weight sum of any member.</summary>
    public double LeastEntityWeightSum { get; private set; } = double.MaxValue;

    public static long Of(long ticks) => ticks / TimeSpan.TicksPerHour;

    public void Add(ComparableSignature member)
    {
        _members.Add(member);
        if (member.Norm > 0)
        {
            for (var i = 0; i < member.Terms.Length; i++)
            {
                TermShares.Raise(member.Terms[i], member.Weights[i] / member.Norm);
            }
        }
        for (var i = 0; i < member.Entities.Length; i++)
        {
            Entities.Raise(member.Entities[i], member.EntityWeights[i]);
        }
        LeastEntityWeightSum = Math.Min(LeastEntityWeightSum, member.EntityWeightSum);
    }

    /// <summary>Takes the members of the same hour of a story merged into this one.</summary>
    public void Absorb(MemberHour other)
    {
        _members.AddRange(other._members);
        TermShares.Raise(other.TermShares);
        Entities.Raise(other.Entities);
        LeastEntityWeightSum = Math.Min(LeastEntityWeightSum, other.LeastEntityWeightSum);
    }
}
