namespace Monitor.Analysis;

/// <summary>Every claim of one slot that gives the same normalised value.</summary>
internal sealed class ValueGroup(ClaimValue value, ClaimKind kind)
{
    private const int MaxQuotes = 5;
    private readonly SortedSet<string> _articles = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _sources = new(StringComparer.Ordinal);
    private readonly List<string> _sourcesByArrival = [];
    private readonly HashSet<string> _copies = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _quoteByArticle = new(StringComparer.Ordinal);

    public ClaimValue Value { get; private set; } = value;

    public ClaimKind Kind { get; } = kind;

    /// <summary>One outlet counts once, and syndicated copies of one text count once.</summary>
    public int IndependentSources => Math.Min(_sources.Count, _copies.Count);

    public IReadOnlyCollection<string> Sources => _sources;

    /// <summary>The sources in the order they first claimed this value: a newcomer is at the end.</summary>
    public IReadOnlyList<string> SourcesByArrival => _sourcesByArrival;

    /// <summary>
    /// How much of this value the story's stance totals hold: its first sources by arrival, counted as
    /// agreeing with the slot's leader or not. Kept by <see cref="SlotLedger.CountStances"/>.
    /// </summary>
    public (int Sources, bool Agrees) CountedStances { get; set; }

    public void Add(ArticleClaims article, Claim claim)
    {
        _articles.Add(article.ArticleId);
        if (_sources.Add(article.Source))
        {
            _sourcesByArrival.Add(article.Source);
        }
        _copies.Add(article.NearDuplicateKey);
        _quoteByArticle.TryAdd(article.ArticleId, claim.Quote);
        // The shown text is the one of the smallest article id, so it does not depend on arrival order.
        if (_articles.Min == article.ArticleId)
        {
            Value = claim.Value;
        }
    }

    public int ArticleCount => _articles.Count;

    /// <summary>
    /// Whether adding <paramref name="articleId"/> would change the shown value: it would be the
    /// group's smallest article id.
    /// </summary>
    public bool WouldShowValueOf(string articleId) => string.CompareOrdinal(articleId, _articles.Min) < 0;

    /// <summary>The side, naming at most <paramref name="maxArticles"/> articles (a change need not carry them all).</summary>
    public SideView ToSide(int maxArticles = int.MaxValue) => new(Value.Text, FirstArticles(maxArticles), AllSources(), FirstQuotes());

    public ConsensusView ToConsensus(string slot, int maxArticles = int.MaxValue) =>
        new(slot, Value.Text, FirstArticles(maxArticles), AllSources());

    /// <summary>The first articles in ordinal order, copied straight from the tree.</summary>
    private string[] FirstArticles(int maxArticles)
    {
        var articles = new string[Math.Min(maxArticles, _articles.Count)];
        _articles.CopyTo(articles, 0, articles.Length);
        return articles;
    }

    private string[] AllSources()
    {
        var sources = new string[_sources.Count];
        _sources.CopyTo(sources);
        return sources;
    }

    /// <summary>The first distinct quotes, in the order of their articles.</summary>
    private List<string> FirstQuotes()
    {
        var quotes = new List<string>(Math.Min(MaxQuotes, _quoteByArticle.Count));
        foreach (var quote in _quoteByArticle.Values)
        {
            if (quotes.Count == MaxQuotes)
            {
                break;
            }
            if (!quotes.Contains(quote))
            {
                quotes.Add(quote);
            }
        }
        return quotes;
    }
}
