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
        if (a.Published is { } x && b.Published is { } y && (x - y).Duration() > MaxGap)
        {
            return 0;
        }
        return TermShare * Cosine(a.Terms, b.Terms) + (1 - TermShare) * EntityOverlap(a.Entities, b.Entities);
    }

    private static double Cosine(IReadOnlyList<WeightedTerm> a, IReadOnlyList<WeightedTerm> b)
    {
        var small = a.Count <= b.Count ? a : b;
        var large = a.Count <= b.Count ? b : a;
        var weights = new Dictionary<string, double>(large.Count, StringComparer.Ordinal);
        foreach (var t in large)
        {
            weights[t.Term] = t.Weight;
        }
        double dot = 0;
        foreach (var t in small)
        {
            dot += t.Weight * weights.GetValueOrDefault(t.Term);
        }
        var norm = Norm(a) * Norm(b);
        return norm == 0 ? 0 : dot / norm;
    }

    private static double Norm(IReadOnlyList<WeightedTerm> terms)
    {
        double sum = 0;
        foreach (var t in terms)
        {
            sum += t.Weight * t.Weight;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>Weighted Dice overlap of entity keys.</summary>
    private static double EntityOverlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var set = new HashSet<string>(b, StringComparer.Ordinal);
        double shared = 0, total = 0;
        foreach (var key in a)
        {
            var w = Weight(key);
            total += w;
            if (set.Contains(key))
            {
                shared += 2 * w;
            }
        }
        foreach (var key in b)
        {
            total += Weight(key);
        }
        return total == 0 ? 0 : shared / total;
    }

    private static double Weight(string key) => key.StartsWith("place:", StringComparison.Ordinal) ? PlaceWeight : 1;
}
