namespace Monitor.Analysis;

/// <summary>
/// Every claim of one slot that gives the same normalised value. What a change shows is kept in order
/// as claims arrive, and only that: the smallest article ids (as many as a change names), the sources,
/// the first distinct quotes. All the articles are put in order only for the story's own view, which is
/// asked for far less often than a claim is added.
/// </summary>
internal sealed class ValueGroup(ClaimValue value, ClaimKind kind)
{
    private const int MaxQuotes = 5;
    private const int FirstArticlesKept = ClaimLedger.MaxArticlesInChange;
    private readonly List<string> _articles = [];
    private readonly List<string> _firstArticles = [];
    private readonly List<string> _sources = [];
    private readonly List<string> _sourcesByArrival = [];
    private readonly HashSet<string> _copies = new(StringComparer.Ordinal);

    // Each of the first distinct quotes with the smallest article id that gives it, in that order.
    private readonly List<(string Article, string Quote)> _firstQuotes = [];

    public ClaimValue Value { get; private set; } = value;

    public ClaimKind Kind { get; } = kind;

    /// <summary>One outlet counts once, and syndicated copies of one text count once.</summary>
    public int IndependentSources => Math.Min(_sources.Count, _copies.Count);

    /// <summary>The sources in ordinal order.</summary>
    public IReadOnlyCollection<string> Sources => _sources;

    /// <summary>The sources in the order they first claimed this value: a newcomer is at the end.</summary>
    public IReadOnlyList<string> SourcesByArrival => _sourcesByArrival;

    /// <summary>
    /// How much of this value the story's stance totals hold: its first sources by arrival, counted as
    /// agreeing with the slot's leader or not. Kept by <see cref="SlotLedger.CountStances"/>.
    /// </summary>
    public (int Sources, bool Agrees) CountedStances { get; set; }

    /// <summary>
    /// Adds a claim. The ledger adds an article's claims of one slot together, so an article already
    /// here is the last one added: its first claim's quote stands, and its last claim may show the value.
    /// </summary>
    public void Add(ArticleClaims article, Claim claim)
    {
        if (_articles.Count == 0 || _articles[^1] != article.ArticleId)
        {
            _articles.Add(article.ArticleId);
            KeepFirstArticle(article.ArticleId);
            AddSource(article.Source);
            _copies.Add(article.NearDuplicateKey);
            KeepQuote(article.ArticleId, claim.Quote);
        }
        // The shown text is the one of the smallest article id, so it does not depend on arrival order.
        if (_firstArticles[0] == article.ArticleId)
        {
            Value = claim.Value;
        }
    }

    public int ArticleCount => _articles.Count;

    /// <summary>
    /// Whether adding <paramref name="articleId"/> would change the shown value: it would be the
    /// group's smallest article id.
    /// </summary>
    public bool WouldShowValueOf(string articleId) => string.CompareOrdinal(articleId, _firstArticles[0]) < 0;

    /// <summary>The side, naming at most <paramref name="maxArticles"/> articles (a change need not carry them all).</summary>
    public SideView ToSide(int maxArticles = int.MaxValue) => new(Value.Text, FirstArticles(maxArticles), _sources.ToArray(), FirstQuotes());

    public ConsensusView ToConsensus(string slot, int maxArticles = int.MaxValue) =>
        new(slot, Value.Text, FirstArticles(maxArticles), _sources.ToArray());

    /// <summary>The first articles in ordinal order: those kept in order when a change's few are asked for, else all sorted.</summary>
    private string[] FirstArticles(int maxArticles)
    {
        var count = Math.Min(maxArticles, _articles.Count);
        if (count <= _firstArticles.Count)
        {
            var first = new string[count];
            _firstArticles.CopyTo(0, first, 0, count);
            return first;
        }
        var all = _articles.ToArray();
        Array.Sort(all, StringComparer.Ordinal);
        return count == all.Length ? all : all[..count];
    }

    /// <summary>The first distinct quotes, in the order of their articles.</summary>
    private List<string> FirstQuotes()
    {
        var quotes = new List<string>(_firstQuotes.Count);
        foreach (var (_, quote) in _firstQuotes)
        {
            quotes.Add(quote);
        }
        return quotes;
    }

    /// <summary>Keeps the smallest article ids in order; an id past them all, the usual case, costs one comparison.</summary>
    private void KeepFirstArticle(string articleId)
    {
        if (_firstArticles.Count == FirstArticlesKept && string.CompareOrdinal(articleId, _firstArticles[^1]) > 0)
        {
            return;
        }
        _firstArticles.Insert(~_firstArticles.BinarySearch(articleId, StringComparer.Ordinal), articleId);
        if (_firstArticles.Count > FirstArticlesKept)
        {
            _firstArticles.RemoveAt(FirstArticlesKept);
        }
    }

    private void AddSource(string source)
    {
        var at = _sources.BinarySearch(source, StringComparer.Ordinal);
        if (at < 0)
        {
            _sources.Insert(~at, source);
            _sourcesByArrival.Add(source);
        }
    }

    /// <summary>
    /// The first distinct quotes in the order of their articles are the quotes whose smallest article
    /// ids are the smallest. A quote's smallest id only falls, so a kept quote can only move up, and a
    /// quote not kept enters only with an id before the last kept one's (its earlier ids all come after).
    /// </summary>
    private void KeepQuote(string articleId, string quote)
    {
        var kept = IndexOfQuote(quote);
        if (kept >= 0 ? string.CompareOrdinal(articleId, _firstQuotes[kept].Article) > 0
            : _firstQuotes.Count == MaxQuotes && string.CompareOrdinal(articleId, _firstQuotes[^1].Article) > 0)
        {
            return;
        }
        if (kept >= 0)
        {
            _firstQuotes.RemoveAt(kept);
        }
        var at = 0;
        while (at < _firstQuotes.Count && string.CompareOrdinal(_firstQuotes[at].Article, articleId) < 0)
        {
            at++;
        }
        _firstQuotes.Insert(at, (articleId, quote));
        if (_firstQuotes.Count > MaxQuotes)
        {
            _firstQuotes.RemoveAt(MaxQuotes);
        }
    }

    private int IndexOfQuote(string quote)
    {
        for (var i = 0; i < _firstQuotes.Count; i++)
        {
            if (_firstQuotes[i].Quote == quote)
            {
                return i;
            }
        }
        return -1;
    }
}
