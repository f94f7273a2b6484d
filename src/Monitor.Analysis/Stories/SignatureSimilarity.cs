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
        if (TooFarApart(a, b))
        {
            return 0;
        }
        return Combine(Cosine(a, b), EntityOverlap(a, b));
    }

    internal static bool TooFarApart(ComparableSignature a, ComparableSignature b) =>
        a.Signature.Published is { } x && b.Signature.Published is { } y && (x - y).Duration() > MaxGap;

    internal static double Combine(double cosine, double entityOverlap) => TermShare * cosine + (1 - TermShare) * entityOverlap;

    private static double Cosine(ComparableSignature a, ComparableSignature b)
    {
        double dot = 0;
        for (var i = 0; i < a.Terms.Length; i++)
        {
            dot += a.Weights[i] * b.WeightOf(a.Terms[i]);
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
        double shared = 0;
        for (var i = 0; i < a.Entities.Length; i++)
        {
            if (b.Names(a.Entities[i]))
            {
                shared += 2 * a.EntityWeights[i];
            }
        }
        var total = a.EntityWeightSum + b.EntityWeightSum;
        return total == 0 ? 0 : shared / total;
    }

    internal static double Weight(string key) => key.StartsWith("place:", StringComparison.Ordinal) ? PlaceWeight : 1;
}
