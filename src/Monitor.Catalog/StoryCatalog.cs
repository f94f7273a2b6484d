namespace Monitor.Catalog;

/// <summary>
/// The read model behind the story list: every live story's row, kept from the change log by one
/// writer and queried by many readers. Writes become visible together at <see cref="Advance"/> (the end
/// of a page of changes), which publishes an immutable snapshot already sorted every way: a query
/// never waits on the writer, never sees half a page, and never sorts.
/// </summary>
public sealed class StoryCatalog
{
    private const int MaxMergeHops = 64;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CatalogStory> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergedInto = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private readonly List<(long Sequence, TaskCompletionSource Reached)> _waiters = [];
    private volatile CatalogSnapshot _snapshot = CatalogSnapshot.Empty;

    /// <summary>The last change of the <c>all</c> topic applied and published; a page follows changes after it.</summary>
    public long Sequence => _snapshot.Sequence;

    /// <summary>The change log's epoch the rows belong to; empty before the first read.</summary>
    public string Epoch => _snapshot.Epoch;

    /// <summary>How many stories are listed.</summary>
    public int Count => _snapshot.Stories.Length;

    /// <summary>Forgets everything: the change log was reset (an in-memory host restarted) and is read again from its start.</summary>
    public void Reset(string epoch)
    {
        lock (_lock)
        {
            _stories.Clear();
            _mergedInto.Clear();
            _touched.Clear();
            _snapshot = CatalogSnapshot.Of(epoch);
        }
    }

    /// <summary>
    /// Sets a story's row from its current state. An undated article keeps the time it was first seen
    /// (<paramref name="seenAt"/> the first time); a story with no articles leaves the list.
    /// </summary>
    public void Put(
        string id, string title, int sources, int divergences,
        IReadOnlyList<ReportedArticle> articles, IReadOnlyList<string> entities, DateTimeOffset seenAt)
    {
        lock (_lock)
        {
            _touched.Add(id);
            if (articles.Count == 0)
            {
                _stories.Remove(id);
                return;
            }
            var known = _stories.GetValueOrDefault(id)?.Articles.ToDictionary(a => a.Id, a => a.At, StringComparer.Ordinal);
            var listed = articles
                .Select(a => new ListedArticle(a.Id, a.Source, a.Title, a.Url,
                    a.Published ?? (known is not null && known.TryGetValue(a.Id, out var seen) ? seen : seenAt), a.Published is not null, id))
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
            _touched.Add(id);
            _stories.Remove(id);
            if (!string.Equals(id, into, StringComparison.Ordinal))
            {
                _mergedInto[id] = into;
            }
        }
    }

    /// <summary>Publishes what was written since the last call as the rows at <paramref name="sequence"/>.</summary>
    public void Advance(long sequence)
    {
        lock (_lock)
        {
            var at = Math.Max(Sequence, sequence);
            if (_touched.Count > 0 || at != Sequence)
            {
                var written = _touched.Select(id => _stories.GetValueOrDefault(id)).OfType<CatalogStory>().ToList();
                _snapshot = _snapshot.Next(at, _touched, written);
                _touched.Clear();
            }
            foreach (var waiter in _waiters.Where(w => w.Sequence <= at))
            {
                waiter.Reached.TrySetResult();
            }
            _waiters.RemoveAll(w => w.Sequence <= at);
        }
    }

    /// <summary>Completes once the rows reflect the change log up to <paramref name="sequence"/>.</summary>
    public Task WhenAt(long sequence)
    {
        lock (_lock)
        {
            if (Sequence >= sequence)
            {
                return Task.CompletedTask;
            }
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((sequence, reached));
            return reached.Task;
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
        var snapshot = _snapshot;
        var ordered = snapshot.In(query.Sort);
        var words = (query.Words ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var skip = (query.Page - 1) * query.PageSize;
        var items = new List<StoryRow>(Math.Min(query.PageSize, ordered.Length));
        var total = 0;
        var filtered = words.Length > 0 || query.Source is not null || query.Entity is not null || query.From is not null || query.To is not null;
        if (!filtered)
        {
            total = ordered.Length;
            items.AddRange(ordered.Skip(skip).Take(query.PageSize).Select(s => s.Row));
        }
        else
        {
            foreach (var story in ordered)
            {
                if (Matches(story, query, words) && total++ >= skip && items.Count < query.PageSize)
                {
                    items.Add(story.Row);
                }
            }
        }
        return new StoryPage(items, total, query.Page, query.PageSize, snapshot.Sequence, snapshot.Epoch);
    }

    /// <summary>An outlet's articles, latest first, each with the story that holds it.</summary>
    public IReadOnlyList<ListedArticle> ArticlesOf(string source, int limit) =>
        [.. _snapshot.Stories.SelectMany(s => s.Articles).Where(a => a.Source == source)
            .OrderByDescending(a => a.At).ThenBy(a => a.Id, StringComparer.Ordinal).Take(limit)];

    /// <summary>Every outlet with the number of stories it reported in, by name.</summary>
    public IReadOnlyList<OutletCount> Outlets() =>
        [.. _snapshot.Stories.SelectMany(s => s.Row.Outlets).CountBy(o => o, StringComparer.Ordinal)
            .Select(p => new OutletCount(p.Key, p.Value)).OrderBy(o => o.Id, StringComparer.OrdinalIgnoreCase)];

    /// <summary>The stories as last published.</summary>
    internal IReadOnlyList<CatalogStory> Published => _snapshot.Stories;

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
}

public sealed record OutletCount(string Id, int Stories);

/// <summary>An article as its story reports it: <paramref name="Published"/> is null when its outlet gave no time.</summary>
public sealed record ReportedArticle(string Id, string Source, string Title, string? Url, DateTimeOffset? Published);
