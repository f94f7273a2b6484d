using System.Numerics;

namespace Monitor.Analysis;

/// <summary>
/// One article spread out by term and entity number, to be compared with many others: each
/// comparison then walks the other signature once and looks every term up in O(1), instead of a
/// binary search per term. Reused from article to article; clearing touches only the last article's entries.
/// </summary>
internal sealed class SimilarityProbe
{
    private double[] _termWeights = [];
    private bool[] _entities = [];
    private ComparableSignature? _article;

    public ComparableSignature? Article => _article;

    public void Load(ComparableSignature article)
    {
        if (_article is { } previous)
        {
            foreach (var term in previous.Terms)
            {
                _termWeights[term] = 0;
            }
            foreach (var entity in previous.Entities)
            {
                _entities[entity] = false;
            }
        }
        Grow(ref _termWeights, article.Terms);
        Grow(ref _entities, article.Entities);
        for (var i = 0; i < article.Terms.Length; i++)
        {
            _termWeights[article.Terms[i]] = article.Weights[i];
        }
        foreach (var entity in article.Entities)
        {
            _entities[entity] = true;
        }
        _article = article;
    }

    /// <summary>
    /// Whether the loaded article and another are at least <paramref name="threshold"/> alike (see
    /// <see cref="SignatureSimilarity"/>): the one place the measure is computed. The entity overlap
    /// is at most 1, so when the terms alone fall short even with a full overlap, the entities are
    /// not compared; otherwise the measure is computed in full, as always.
    /// </summary>
    public bool Reaches(ComparableSignature other, double threshold)
    {
        // Members published further apart than the gap never get here (StoryMembers.InReach).
        var article = _article ?? throw new InvalidOperationException("No article is loaded.");
        var cosine = Cosine(article, other);
        return SignatureSimilarity.Combine(cosine, 1) >= threshold && SignatureSimilarity.Combine(cosine, Overlap(article, other)) >= threshold;
    }

    /// <summary>
    /// Whether some member of the story could be at least <paramref name="threshold"/> alike to the
    /// loaded article. False only when none can: the cosine with any member is at most the article's
    /// weights times the story's largest term shares, and the entity overlap at most what the entities
    /// the story names share over the least denominator any member gives.
    /// </summary>
    public bool MayReachAny(StoryMembers story, double threshold)
    {
        var article = _article ?? throw new InvalidOperationException("No article is loaded.");
        double dot = 0;
        for (var i = 0; i < article.Terms.Length; i++)
        {
            dot += article.Weights[i] * story.TermShare(article.Terms[i]);
        }
        double shared = 0;
        for (var i = 0; i < article.Entities.Length; i++)
        {
            if (story.AnyNames(article.Entities[i]))
            {
                shared += 2 * article.EntityWeights[i];
            }
        }
        return MayReach(article, dot, shared, story.LeastEntityWeightSum, threshold);
    }

    /// <summary>
    /// Whether some member published in the hour could be at least <paramref name="threshold"/> alike
    /// to the loaded article: the bound of <see cref="MayReachAny(StoryMembers, double)"/> over the
    /// hour's members alone. An hour names few terms, so the bound walks them as a comparison walks a
    /// member's, instead of looking each of the article's terms up.
    /// </summary>
    public bool MayReachAny(MemberHour hour, double threshold)
    {
        var article = _article ?? throw new InvalidOperationException("No article is loaded.");
        var dot = BoundingDot(hour.TermShares.Ids, hour.TermShares.Values);
        var shared = Shared(hour.Entities.Ids, hour.Entities.Values);
        return MayReach(article, dot, shared, hour.LeastEntityWeightSum, threshold);
    }

    /// <summary>
    /// The bound from the largest dot product with the article's weights, the largest shared entity
    /// weight (counted twice) and the least entity weight sum of any member of a group. A small margin
    /// keeps the bound above any member's measure, whatever order the sums are rounded in.
    /// </summary>
    private static bool MayReach(ComparableSignature article, double dot, double shared, double leastEntityWeightSum, double threshold)
    {
        var total = article.EntityWeightSum + leastEntityWeightSum;
        var overlap = total == 0 ? 0 : Math.Min(1, shared / total);
        const double Margin = 1e-9;
        var cosine = article.Norm == 0 ? 0 : dot / article.Norm;
        return SignatureSimilarity.Combine(cosine, overlap) + Margin >= threshold;
    }

    /// <summary>The cosine of the term vectors, summed in the other's term order.</summary>
    private double Cosine(ComparableSignature article, ComparableSignature other)
    {
        var dot = Dot(other.Terms, other.Weights);
        var norm = article.Norm * other.Norm;
        var cosine = norm == 0 ? 0 : dot / norm;
        return cosine;
    }

    /// <summary>The sum of the values times the loaded article's weights of their terms (ascending), in the order given.</summary>
    private double Dot(ReadOnlySpan<int> terms, ReadOnlySpan<double> values)
    {
        var weights = WeightsUpTo(terms.IsEmpty ? 0 : terms[^1]);
        double dot = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            dot += values[i] * weights[terms[i]];
        }
        return dot;
    }

    /// <summary>
    /// The sum of the shares times the loaded article's weights of their terms (ascending), in four
    /// running sums: a bound walks a hundred terms an hour, and one sum waits for each addition before
    /// the next. Rounded otherwise than a measure, which the bound's margin covers.
    /// </summary>
    private double BoundingDot(ReadOnlySpan<int> terms, ReadOnlySpan<float> shares)
    {
        var weights = WeightsUpTo(terms.IsEmpty ? 0 : terms[^1]);
        shares = shares[..terms.Length];
        double a = 0, b = 0, c = 0, d = 0;
        var i = 0;
        for (; i + 4 <= terms.Length; i += 4)
        {
            a += shares[i] * weights[terms[i]];
            b += shares[i + 1] * weights[terms[i + 1]];
            c += shares[i + 2] * weights[terms[i + 2]];
            d += shares[i + 3] * weights[terms[i + 3]];
        }
        for (; i < terms.Length; i++)
        {
            a += shares[i] * weights[terms[i]];
        }
        return a + b + c + d;
    }

    /// <summary>The article's weights by term number, up to <paramref name="term"/> at least: a term the article lacks weighs 0.</summary>
    private double[] WeightsUpTo(int term)
    {
        if (term >= _termWeights.Length)
        {
            Array.Resize(ref _termWeights, Math.Max(term + 1, 2 * _termWeights.Length));
        }
        return _termWeights;
    }

    /// <summary>Twice the weights of the entities the loaded article names too, summed in the order given (a member's as doubles, an hour's as floats).</summary>
    private double Shared<TWeight>(ReadOnlySpan<int> entities, ReadOnlySpan<TWeight> weights)
        where TWeight : INumberBase<TWeight>
    {
        double shared = 0;
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            if (entity < _entities.Length && _entities[entity])
            {
                shared += 2 * double.CreateTruncating(weights[i]);
            }
        }
        return shared;
    }

    /// <summary>The weighted Dice overlap of the entity keys: at most 1, as the shared weight counts in both totals.</summary>
    private double Overlap(ComparableSignature article, ComparableSignature other)
    {
        if (article.Entities.Length == 0 || other.Entities.Length == 0)
        {
            return 0;
        }
        var shared = Shared(other.Entities, other.EntityWeights);
        var total = article.EntityWeightSum + other.EntityWeightSum;
        return total == 0 ? 0 : shared / total;
    }

    private static void Grow<T>(ref T[] table, int[] ids)
    {
        var needed = ids.Length == 0 ? 0 : ids.Max() + 1;
        if (needed > table.Length)
        {
            Array.Resize(ref table, Math.Max(needed, table.Length * 2));
        }
    }
}
