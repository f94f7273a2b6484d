using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>A story in memory: what its events add up to.</summary>
internal sealed class StoryState
{
    private readonly SortedDictionary<string, ArticleSummary> _articles = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _sources = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _entities = new(StringComparer.Ordinal);
    private readonly ClaimMatrix _matrix = new();
    private readonly List<StoryArticle> _added = [];
    private ArticleSummary? _lead;

    public ClaimLedger Ledger { get; }

    private readonly StoryPeople _people = new();

    public StoryState(int versionBase = 0) => Ledger = new ClaimLedger(versionBase);

    public int ArticleCount => _articles.Count;

    public int SourceCount => _sources.Count;

    /// <summary>The articles in the order they were added: what a merge hands over.</summary>
    public IReadOnlyList<StoryArticle> Articles => [.. _added];

    public bool Contains(string articleId) => _articles.ContainsKey(articleId);



    /// <summary>Who the article's lone surnames are, as far as the story knows now: the last article added's.</summary>
    public StoryPeopleUpdate People { get; private set; } = new([], []);

    /// <summary>The keys an article's entity keys are filed under now (null for a lone surname the story holds).</summary>
    public IReadOnlyList<string?> Filed(IReadOnlyList<string> keys) => _people.Filed(keys);

    public IReadOnlyList<LedgerChange> Add(StoryArticle article)
    {
        var summary = article.Summary;
        if (!_articles.TryAdd(summary.Id, summary))
        {
            return [];
        }
        _added.Add(article);
        _sources.Add(summary.Source);
        People = _people.Add(summary.Id, summary.Source, article.Claims.NearDuplicateKey, article.Entities, article.LoneSurnames ?? []);
        _entities.UnionWith(People.Keys.OfType<string>());
        // The headline is the earliest article's, ties broken by id: the same whatever the arrival order.
        if (_lead is null || Earlier(summary, _lead))
        {
            _lead = summary;
        }
        _matrix.Add(summary, article.Claims);
        return Ledger.Add(article.Claims);
    }

    public string Title => _lead?.Title ?? "";

    /// <summary>The state of the story without some of its articles: the rest added again, in their order, so the ledger is what they alone make.</summary>
    public StoryState Without(IReadOnlySet<string> articleIds)
    {
        // Stamped past every stance this state gave, so the sources take the smaller story's stances.
        var keeping = _added.Count(a => !articleIds.Contains(a.Summary.Id));
        var state = new StoryState(Ledger.Version + 1 - keeping);
        foreach (var article in _added.Where(a => !articleIds.Contains(a.Summary.Id)))
        {
            state.Add(article);
        }
        return state;
    }

    public StoryView View(string id) => new(
        id, Title, [.. _articles.Keys], [.. _sources], Ledger.Consensus(), Ledger.Divergences());

    public StoryDetail Detail(string id) => new(View(id), ArticlesInOrder(), [.. _entities], _matrix.Cells(Ledger));

    public StoryEntry Entry() => new(Title, _sources.Count, Ledger.HardDivergenceCount, ArticlesInOrder(), [.. _entities]);

    private ArticleSummary[] ArticlesInOrder() =>
        [.. _articles.Values.OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal)];

    private static bool Earlier(ArticleSummary a, ArticleSummary b) =>
        (a.Published ?? DateTimeOffset.MaxValue, a.Id).CompareTo((b.Published ?? DateTimeOffset.MaxValue, b.Id)) < 0;
}
