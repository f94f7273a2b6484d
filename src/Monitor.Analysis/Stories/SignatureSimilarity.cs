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

    /// <summary>The cosine of the content words and the weighted Dice overlap of the entities, in their shares.</summary>
    internal static double Combine(double cosine, double entityOverlap) => TermShare * cosine + (1 - TermShare) * entityOverlap;

    internal static double Weight(string key) => key.StartsWith("place:", StringComparison.Ordinal) ? PlaceWeight : 1;
}
