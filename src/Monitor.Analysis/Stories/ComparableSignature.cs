namespace Monitor.Analysis;

/// <summary>
/// A story signature made ready for many comparisons: distinct terms and entity keys as sorted
/// numbers with their weights, and the norms computed once, so comparing an article with every
/// member of a story builds no tables and compares no strings (see <see cref="SimilarityProbe"/>).
/// </summary>
internal sealed class ComparableSignature
{
    public ComparableSignature(StorySignature signature, TermIds ids, TermIds entityIds)
    {
        Signature = signature;
        // A term listed twice weighs what its last listing says, as a table filled in order would keep it.
        var weights = new Dictionary<int, double>(signature.Terms.Count);
        foreach (var term in signature.Terms)
        {
            weights[ids.Of(term.Term)] = term.Weight;
        }
        Terms = [.. weights.Keys.Order()];
        Weights = [.. Terms.Select(term => weights[term])];
        Norm = Math.Sqrt(signature.Terms.Sum(t => t.Weight * t.Weight));
        var entities = new Dictionary<int, double>(signature.Entities.Count);
        foreach (var entity in signature.Entities)
        {
            entities[entityIds.Of(entity)] = SignatureSimilarity.Weight(entity);
        }
        Entities = [.. entities.Keys.Order()];
        EntityWeights = [.. Entities.Select(entity => entities[entity])];
        EntityWeightSum = EntityWeights.Sum();
    }

    public StorySignature Signature { get; }

    /// <summary>The signature's distinct terms as numbers, in ascending order.</summary>
    public int[] Terms { get; }

    /// <summary>The weights of <see cref="Terms"/>, in the same order.</summary>
    public double[] Weights { get; }

    /// <summary>The signature's distinct entity keys as numbers, in ascending order.</summary>
    public int[] Entities { get; }

    /// <summary>What each of <see cref="Entities"/> weighs in the overlap, in the same order.</summary>
    public double[] EntityWeights { get; }

    public double EntityWeightSum { get; }

    /// <summary>The length of the term vector.</summary>
    public double Norm { get; }
}
