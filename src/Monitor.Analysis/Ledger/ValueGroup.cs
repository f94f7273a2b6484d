namespace Monitor.Analysis;

/// <summary>Every claim of one slot that gives the same normalised value.</summary>
internal sealed class ValueGroup(ClaimValue value, ClaimKind kind)
{
    private const int MaxQuotes = 5;
    private readonly SortedSet<string> _articles = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _copies = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _quoteByArticle = new(StringComparer.Ordinal);

    public ClaimValue Value { get; private set; } = value;

    public ClaimKind Kind { get; } = kind;

    /// <summary>One outlet counts once, and syndicated copies of one text count once.</summary>
    public int IndependentSources => Math.Min(_sources.Count, _copies.Count);

    public IReadOnlyCollection<string> Sources => _sources;

    public void Add(ArticleClaims article, Claim claim)
    {
        _articles.Add(article.ArticleId);
        _sources.Add(article.Source);
        _copies.Add(article.NearDuplicateKey);
        _quoteByArticle.TryAdd(article.ArticleId, claim.Quote);
        // The shown text is the one of the smallest article id, so it does not depend on arrival order.
        if (_articles.Min == article.ArticleId)
        {
            Value = claim.Value;
        }
    }

    public int ArticleCount => _articles.Count;

    /// <summary>The side, naming at most <paramref name="maxArticles"/> articles (a change need not carry them all).</summary>
    public SideView ToSide(int maxArticles = int.MaxValue) => new(
        Value.Text,
        [.. _articles.Take(maxArticles)],
        [.. _sources],
        [.. _quoteByArticle.Values.Distinct(StringComparer.Ordinal).Take(MaxQuotes)]);

    public ConsensusView ToConsensus(string slot, int maxArticles = int.MaxValue) =>
        new(slot, Value.Text, [.. _articles.Take(maxArticles)], [.. _sources]);
}
