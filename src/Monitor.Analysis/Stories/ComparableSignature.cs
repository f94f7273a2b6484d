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
        : this(signature, TermNumbers(signature, ids), EntityNumbers(signature, entityIds))
    {
    }

    /// <summary>
    /// Made from the numbers of the signature's terms and entity keys, in listing order (see
    /// <see cref="TermNumbers"/>), for a caller that needs them too; the arrays become the signature's.
    /// </summary>
    public ComparableSignature(StorySignature signature, int[] termIds, int[] entityKeys)
    {
        Signature = signature;
        Ticks = signature.Published?.UtcTicks;
        var weights = new double[termIds.Length];
        // Summed in listing order, a listing twice included, as the norm has always been taken.
        double squares = 0;
        for (var i = 0; i < termIds.Length; i++)
        {
            var weight = signature.Terms[i].Weight;
            weights[i] = weight;
            squares += weight * weight;
        }
        (Terms, Weights) = Distinct(termIds, weights);
        Norm = Math.Sqrt(squares);
        var entityWeights = new double[entityKeys.Length];
        for (var i = 0; i < entityKeys.Length; i++)
        {
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

    /// <summary>The numbers of the signature's terms, in listing order: numbering all terms before any entity key, as always.</summary>
    public static int[] TermNumbers(StorySignature signature, TermIds ids)
    {
        var numbers = new int[signature.Terms.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = ids.Of(signature.Terms[i].Term);
        }
        return numbers;
    }

    /// <summary>The numbers of the signature's entity keys, in listing order.</summary>
    public static int[] EntityNumbers(StorySignature signature, TermIds entityIds)
    {
        var numbers = new int[signature.Entities.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = entityIds.Of(signature.Entities[i]);
        }
        return numbers;
    }

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
