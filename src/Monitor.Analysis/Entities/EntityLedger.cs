namespace Monitor.Analysis;

/// <summary>
/// One canonical entity across articles and stories: its spellings, where it is mentioned, and
/// the names and titles sources give it, with divergences between them.
/// </summary>
public sealed class EntityLedger(string key)
{
    private readonly SortedSet<string> _articles = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _stories = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _aliases = new(StringComparer.Ordinal);
    private readonly int[] _kindVotes = new int[Enum.GetValues<EntityKind>().Length];
    private readonly ClaimLedger _attributes = new();
    private readonly Dictionary<string, string> _mergedStories = new(StringComparer.Ordinal);

    public string Key { get; } = key;

    public bool Contains(string articleId) => _articles.Contains(articleId);

    public IReadOnlyList<LedgerChange> Add(string storyId, string articleId, string source, string nearDuplicateKey, EntityMention mention)
    {
        if (!_articles.Add(articleId))
        {
            return [];
        }
        _stories.Add(Current(storyId));
        _kindVotes[(int)mention.Kind]++;
        _names[mention.Name] = _names.GetValueOrDefault(mention.Name) + 1;
        _aliases.Add(mention.Name);
        _aliases.UnionWith(mention.Surfaces);
        var claims = mention.Attributes.Select(a => EntityClaims.For(Label, a)).OfType<Claim>().ToList();
        return _attributes.Add(new ArticleClaims(articleId, source, nearDuplicateKey, claims));
    }

    /// <summary>
    /// A story was merged into another. Mentions filed under the old id move, and any that arrive
    /// later under it (ingested in parallel with the merge) are filed under the new one.
    /// </summary>
    public bool MoveStory(string from, string into)
    {
        if (from == into || _mergedStories.GetValueOrDefault(from) == into)
        {
            return false;
        }
        _mergedStories[from] = into;
        if (!_stories.Remove(from))
        {
            return true;
        }
        _stories.Add(Current(into));
        return true;
    }

    public EntityView View()
    {
        var name = Name();
        return new EntityView(Key, name, KindName(), [.. _aliases.Where(a => a != name)], [.. _articles], [.. _stories], _attributes.Divergences());
    }

    /// <summary>The entity in a line, without copying its articles: what a change about it carries.</summary>
    public EntityFacts Facts() => new(Name(), KindName(), _articles.Count, _stories.Count, _attributes.DivergenceCount);

    /// <summary>The most used name, then the longest, then by ordinal: the same whatever the arrival order.</summary>
    private string Name()
    {
        // The names are in ordinal order, so on a full tie the first one seen stays.
        string? best = null;
        var bestCount = 0;
        foreach (var (name, count) in _names)
        {
            if (best is null || count > bestCount || count == bestCount && name.Length > best.Length)
            {
                (best, bestCount) = (name, count);
            }
        }
        return best ?? Key;
    }

    private string Current(string storyId)
    {
        // A merged story may itself have been merged since; the chain is short, and the bound guards a cycle.
        for (var hops = 0; hops <= _mergedStories.Count && _mergedStories.TryGetValue(storyId, out var next); hops++)
        {
            storyId = next;
        }
        return storyId;
    }

    /// <summary>What a slot calls the entity: the surname for people, the name otherwise; stable for the key.</summary>
    private string Label
    {
        get
        {
            var tail = Key[(Key.IndexOf(':') + 1)..];
            return string.Join(' ', tail.Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
        }
    }

    private string KindName()
    {
        var best = EntityKind.Other;
        for (var k = 0; k < _kindVotes.Length; k++)
        {
            if (_kindVotes[k] > _kindVotes[(int)best] || best == EntityKind.Other && _kindVotes[k] > 0)
            {
                best = (EntityKind)k;
            }
        }
        // The snapshot contract knows person, organization, place, group and other; a facility is a place.
        return best == EntityKind.Facility ? "place" : best.ToString().ToLowerInvariant();
    }
}
