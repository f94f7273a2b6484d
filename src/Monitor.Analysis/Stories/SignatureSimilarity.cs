namespace Monitor.Analysis;

/// <summary>
/// How alike two articles are: the cosine of their content words, and the overlap of the entities they
/// name (people and organisations weigh more than countries, which many unrelated stories share).
/// Articles published far apart are not alike, whatever they say.
/// </summary>
public static class SignatureSimilarity
{
    public static readonly TimeSpan MaxGap = TimeSpan.FromDays(5);
    private const double PlaceWeight = 0.25;
    private const double TermShare = 0.85;

    public static double Of(StorySignature a, StorySignature b)
    {
        var (terms, entities) = (new TermIds(), new TermIds());
        return Of(new ComparableSignature(a, terms, entities), new ComparableSignature(b, terms, entities));
    }

    internal static double Of(ComparableSignature a, ComparableSignature b)
    {
        if (a.Signature.Published is { } x && b.Signature.Published is { } y && (x - y).Duration() > MaxGap)
        {
            return 0;
        }
        return TermShare * Cosine(a, b) + (1 - TermShare) * EntityOverlap(a, b);
    }

    private static double Cosine(ComparableSignature a, ComparableSignature b)
    {
        var (small, large) = a.Terms.Length <= b.Terms.Length ? (a, b) : (b, a);
        double dot = 0;
        for (var i = 0; i < small.Terms.Length; i++)
        {
            dot += small.Weights[i] * large.WeightOf(small.Terms[i]);
        }
        var norm = a.Norm * b.Norm;
        return norm == 0 ? 0 : dot / norm;
    }

    /// <summary>Weighted Dice overlap of entity keys.</summary>
    private static double EntityOverlap(ComparableSignature a, ComparableSignature b)
    {
        if (a.Entities.Length == 0 || b.Entities.Length == 0)
        {
            return 0;
        }
        double shared = 0, total = 0;
        for (var i = 0; i < a.Entities.Length; i++)
        {
            var w = a.EntityWeights[i];
            total += w;
            if (b.Names(a.Entities[i]))
            {
                shared += 2 * w;
            }
        }
        foreach (var w in b.EntityWeights)
        {
            total += w;
        }
        return total == 0 ? 0 : shared / total;
    }

    internal static double Weight(string key) => key.StartsWith("place:", StringComparison.Ordinal) ? PlaceWeight : 1;
}
