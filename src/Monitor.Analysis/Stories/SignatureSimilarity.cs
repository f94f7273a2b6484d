namespace Monitor.Analysis;

/// <summary>
/// What the entities an article names weigh in its entity vector: people and organisations weigh more
/// than places, which many unrelated stories share. (How alike two articles are is in
/// <see cref="StoryClustering"/> and <see cref="LiveStory"/>.)
/// </summary>
internal static class SignatureSimilarity
{
    public const double PlaceWeight = 0.25;

    public static double EntityWeight(string key) => key.StartsWith("place:", StringComparison.Ordinal) ? PlaceWeight : 1;
}
