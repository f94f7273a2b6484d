namespace Monitor.Analysis;

/// <summary>
/// An article as the story index keeps it while its story is live: its content words and entities as
/// numbers with unit-length weights (words weighted by their rarity when it arrived), the keys it is
/// found by, its time and the story that holds it now.
/// </summary>
internal sealed class ClusteredArticle(string id, long arrival, long? ticks, int[] terms, double[] weights, int[] entities, double[] entityWeights, int[] keys, bool opinion = false)
{
    public string Id => id;

    /// <summary>The article's place in the order of arrival.</summary>
    public long Arrival => arrival;

    public long? Ticks => ticks;

    /// <summary>Whether the article is an opinion piece rather than a news report.</summary>
    public bool Opinion => opinion;

    public int[] Terms => terms;

    public double[] Weights => weights;

    public int[] Entities => entities;

    public double[] EntityWeights => entityWeights;

    /// <summary>The strongest terms and every entity, as postings keys: two articles of one event share at least one.</summary>
    public int[] Keys => keys;

    /// <summary>The postings of <see cref="Keys"/>, as last found (see <see cref="StoryPostings"/>).</summary>
    public StoryPostings.Posting?[] Postings { get; } = new StoryPostings.Posting?[keys.Length];

    public LiveStory Story { get; set; } = null!;

    /// <summary>How alike the article is to itself: 1 for the words, and 1 for the entities if it names any.</summary>
    public double SelfSimilarity(double termShare) => termShare * (terms.Length > 0 ? 1 : 0) + (1 - termShare) * (entities.Length > 0 ? 1 : 0);
}
