namespace Monitor.Analysis;

/// <summary>
/// A story signature made ready for many comparisons: distinct terms and entity keys as sorted
/// numbers with their weights, and the norms computed once, so comparing an article with every
/// member of a story builds no tables and compares no strings (see <see cref="SimilarityProbe"/>).
/// </summary>
internal sealed class ComparableSignature
{
    // A signature has at most 60 terms and 30 entities: their sort keys fit on the stack.
    private const int MaxOnStack = 128;

    public ComparableSignature(StorySignature signature, TermIds ids, TermIds entityIds)
    {
        Signature = signature;
        Ticks = signature.Published?.UtcTicks;
        var termIds = new int[signature.Terms.Count];
        var weights = new double[termIds.Length];
        // Summed in listing order, a listing twice included, as the norm has always been taken.
        double squares = 0;
        for (var i = 0; i < termIds.Length; i++)
        {
            var term = signature.Terms[i];
            termIds[i] = ids.Of(term.Term);
            weights[i] = term.Weight;
            squares += term.Weight * term.Weight;
        }
        (Terms, Weights) = Distinct(termIds, weights);
        Norm = Math.Sqrt(squares);
        var entityKeys = new int[signature.Entities.Count];
        var entityWeights = new double[entityKeys.Length];
        for (var i = 0; i < entityKeys.Length; i++)
        {
            entityKeys[i] = entityIds.Of(signature.Entities[i]);
            entityWeights[i] = SignatureSimilarity.Weight(signature.Entities[i]);
        }
        (Entities, EntityWeights) = Distinct(entityKeys, entityWeights);
        double entityWeightSum = 0;
        foreach (var weight in EntityWeights)
        {
            entityWeightSum += weight;
        }
        EntityWeightSum = entityWeightSum;
    }

    public StorySignature Signature { get; }

    /// <summary>The publication time in UTC ticks, if known: what the gap between two articles is measured on.</summary>
    public long? Ticks { get; }

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

    /// <summary>
    /// The numbers in ascending order, each once with its weight; a number listed twice weighs what
    /// its last listing says, as a table filled in listing order would keep it.
    /// </summary>
    private static (int[] Ids, double[] Weights) Distinct(int[] ids, double[] weights)
    {
        // Sorted by number, then by place in the listing: a total order, so the sort is deterministic.
        Span<long> order = ids.Length <= MaxOnStack ? stackalloc long[ids.Length] : new long[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            order[i] = (long)ids[i] << 32 | (uint)i;
        }
        order.Sort(weights.AsSpan());
        var distinct = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var id = (int)(order[i] >> 32);
            if (i + 1 < order.Length && (int)(order[i + 1] >> 32) == id)
            {
                continue;
            }
            ids[distinct] = id;
            weights[distinct] = weights[i];
            distinct++;
        }
        return distinct == ids.Length ? (ids, weights) : (ids[..distinct], weights[..distinct]);
    }
}
