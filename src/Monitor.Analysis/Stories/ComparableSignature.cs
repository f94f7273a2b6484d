namespace Monitor.Analysis;

/// <summary>
/// A story signature made ready for many comparisons: terms as numbers sorted for binary search,
/// entity keys sorted, and the term norm computed once, so comparing an article with every member
/// of a story builds no tables and compares no term strings.
/// </summary>
internal sealed class ComparableSignature
{
    private readonly int[] _sortedTerms;
    private readonly double[] _sortedWeights;
    private readonly int[] _sortedEntities;

    public ComparableSignature(StorySignature signature, TermIds ids, TermIds entityIds)
    {
        Signature = signature;
        Terms = [.. signature.Terms.Select(t => ids.Of(t.Term))];
        Entities = [.. signature.Entities.Select(entityIds.Of)];
        EntityWeights = [.. signature.Entities.Select(SignatureSimilarity.Weight)];
        _sortedEntities = [.. Entities.Distinct().Order()];
        Weights = [.. signature.Terms.Select(t => t.Weight)];
        // A term listed twice weighs what its last listing says, as a table filled in order would keep it.
        var weights = new Dictionary<int, double>(Terms.Length);
        double squares = 0;
        for (var i = 0; i < Terms.Length; i++)
        {
            weights[Terms[i]] = Weights[i];
            squares += Weights[i] * Weights[i];
        }
        _sortedTerms = [.. weights.Keys.Order()];
        _sortedWeights = [.. _sortedTerms.Select(term => weights[term])];
        Norm = Math.Sqrt(squares);
    }

    public StorySignature Signature { get; }

    /// <summary>The signature's terms as numbers, in its order.</summary>
    public int[] Terms { get; }

    /// <summary>The weights of <see cref="Terms"/>, in the same order.</summary>
    public double[] Weights { get; }

    /// <summary>The signature's entity keys as numbers, in its order.</summary>
    public int[] Entities { get; }

    /// <summary>What each of <see cref="Entities"/> weighs in the overlap, in the same order.</summary>
    public double[] EntityWeights { get; }

    /// <summary>The length of the term vector.</summary>
    public double Norm { get; }

    public double WeightOf(int term)
    {
        var at = Array.BinarySearch(_sortedTerms, term);
        return at >= 0 ? _sortedWeights[at] : 0;
    }

    public bool Names(int entity) => Array.BinarySearch(_sortedEntities, entity) >= 0;
}
