using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>
/// The read model behind the story list: every live story's row, kept from the change log by one
/// writer and queried by many readers. Queries run over an immutable snapshot of the rows, taken
/// again only after a write, so a query never waits on the writer and never sees half a batch.
/// </summary>
public sealed class StoryCatalog
{
    private const int MaxMergeHops = 64;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CatalogStory> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergedInto = new(StringComparer.Ordinal);
    private CatalogStory[]? _snapshot;

    /// <summary>The last change of the <c>all</c> topic applied; the page follows changes after it.</summary>
    public long Sequence { get; private set; }

    /// <summary>The change log's epoch the rows belong to; empty before the first read.</summary>
    public string Epoch { get; private set; } = "";

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _stories.Count;
            }
        }
    }

    /// <summary>Forgets everything: the change log was reset (an in-memory host restarted) and is read again from its start.</summary>
    public void Reset(string epoch)
    {
        lock (_lock)
        {
            _stories.Clear();
            _mergedInto.Clear();
            (_snapshot, Sequence, Epoch) = (null, 0, epoch);
        }
    }

    /// <summary>
    /// Sets a story's row from its current state. An undated article keeps the time it was first seen
    /// (<paramref name="seenAt"/> the first time); a story with no articles leaves the list.
    /// </summary>
    public void Put(
        string id, string title, int sources, int divergences,
        IReadOnlyList<ArticleSummary> articles, IReadOnlyList<string> entities, DateTimeOffset seenAt)
    {
        lock (_lock)
        {
            _snapshot = null;
            if (articles.Count == 0)
            {
                _stories.Remove(id);
                return;
            }
            var known = _stories.GetValueOrDefault(id)?.Articles.ToDictionary(a => a.Id, a => a.At, StringComparer.Ordinal);
            var listed = articles
                .Select(a => new ListedArticle(a.Id, a.Source, a.Title, a.Url,
                    a.Published ?? known?.GetValueOrDefault(a.Id) ?? seenAt, a.Published is not null, id))
                .ToList();
            var outlets = listed.Select(a => a.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var row = new StoryRow(id, title, listed.Count, sources, divergences,
                listed.Min(a => a.At), listed.Max(a => a.At), outlets);
            _stories[id] = new CatalogStory(row, listed, entities);
        }
    }

    /// <summary>The story went into another: it leaves the list, and links to it lead on to where its articles are.</summary>
    public void Merge(string id, string into)
    {
        lock (_lock)
        {
            _snapshot = null;
            _stories.Remove(id);
            if (!string.Equals(id, into, StringComparison.Ordinal))
            {
                _mergedInto[id] = into;
            }
        }
    }

    public void Advance(long sequence)
    {
        lock (_lock)
        {
            Sequence = Math.Max(Sequence, sequence);
        }
    }

    /// <summary>The story holding a story's articles now: the end of its chain of merges.</summary>
    public string Resolve(string id)
    {
        lock (_lock)
        {
            var current = id;
            for (var hop = 0; hop < MaxMergeHops && _mergedInto.TryGetValue(current, out var next); hop++)
            {
                current = next;
            }
            return current;
        }
    }

    public StoryPage Query(StoryQuery query)
    {
        var (stories, sequence, epoch) = Snapshot();
        var words = (query.Words ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var found = new List<StoryRow>();
        foreach (var story in stories)
        {
            if (Matches(story, query, words))
            {
                found.Add(story.Row);
            }
        }
        found.Sort(Comparer(query.Sort));
        var items = found.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        return new StoryPage(items, found.Count, query.Page, query.PageSize, sequence, epoch);
    }

    /// <summary>An outlet's articles, latest first, each with the story that holds it.</summary>
    public IReadOnlyList<ListedArticle> ArticlesOf(string source, int limit) =>
        [.. Snapshot().Stories.SelectMany(s => s.Articles).Where(a => a.Source == source)
            .OrderByDescending(a => a.At).ThenBy(a => a.Id, StringComparer.Ordinal).Take(limit)];

    /// <summary>Every outlet with the number of stories it reported in, by name.</summary>
    public IReadOnlyList<OutletCount> Outlets() =>
        [.. Snapshot().Stories.SelectMany(s => s.Row.Outlets).CountBy(o => o, StringComparer.Ordinal)
            .Select(p => new OutletCount(p.Key, p.Value)).OrderBy(o => o.Id, StringComparer.OrdinalIgnoreCase)];

    internal (CatalogStory[] Stories, long Sequence, string Epoch) Snapshot()
    {
        lock (_lock)
        {
            _snapshot ??= [.. _stories.Values];
            return (_snapshot, Sequence, Epoch);
        }
    }

    private static bool Matches(CatalogStory story, StoryQuery query, string[] words)
    {
        if (query.Source is { } source && !story.Outlets.Contains(source))
        {
            return false;
        }
        if (query.Entity is { } entity && !story.Entities.Contains(entity))
        {
            return false;
        }
        if ((query.From is { } from && story.LatestDay < from) || (query.To is { } to && story.FirstDay > to))
        {
            return false;
        }
        foreach (var word in words)
        {
            if (!story.Search.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static Comparison<StoryRow> Comparer(StorySort sort)
    {
        static int Latest(StoryRow a, StoryRow b) =>
            b.Latest.CompareTo(a.Latest) is var c and not 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        return sort switch
        {
            StorySort.Divergences => (a, b) => b.Divergences.CompareTo(a.Divergences) is var c and not 0 ? c : Latest(a, b),
            StorySort.Sources => (a, b) => b.Sources.CompareTo(a.Sources) is var c and not 0 ? c : Latest(a, b),
            StorySort.Articles => (a, b) => b.Articles.CompareTo(a.Articles) is var c and not 0 ? c : Latest(a, b),
            _ => Latest,
        };
    }
}

public sealed record OutletCount(string Id, int Stories);
