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

    public static double Of(StorySignature a, StorySignature b) => Of(new ComparableSignature(a), new ComparableSignature(b));

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
        var (small, large) = a.Signature.Terms.Count <= b.Signature.Terms.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var t in small.Signature.Terms)
        {
            dot += t.Weight * large.WeightOf(t.Term);
        }
        var norm = a.Norm * b.Norm;
        return norm == 0 ? 0 : dot / norm;
    }

    /// <summary>Weighted Dice overlap of entity keys.</summary>
    private static double EntityOverlap(ComparableSignature a, ComparableSignature b)
    {
        if (a.Signature.Entities.Count == 0 || b.Signature.Entities.Count == 0)
        {
            return 0;
        }
        double shared = 0, total = 0;
        foreach (var key in a.Signature.Entities)
        {
            var w = Weight(key);
            total += w;
            if (b.Names(key))
            {
                shared += 2 * w;
            }
        }
        foreach (var key in b.Signature.Entities)
        {
            total += Weight(key);
        }
        return total == 0 ? 0 : shared / total;
    }

    private static double Weight(string key) => key.StartsWith("place:", StringComparison.Ordinal) ? PlaceWeight : 1;
}
