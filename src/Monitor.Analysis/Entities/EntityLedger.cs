using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// One canonical entity across articles and stories: its spellings, where it is mentioned, and
/// the names and titles sources give it, with divergences between them.
/// </summary>
public sealed class EntityLedger(string key)
{
    // What the snapshot names in ordinal order is kept in hash sets and put in order by View, which
    // is asked for far less often than a mention is added.
    private static readonly string[] KindNames = [.. Enum.GetValues<EntityKind>().Select(KindNameOf)];
    // Each article and the story it was filed under (a merge since is followed by Current); each story and how many articles it has here.
    private readonly Dictionary<string, string> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _aliases = new(StringComparer.Ordinal);
    private readonly int[] _kindVotes = new int[KindNames.Length];
    private readonly ClaimLedger _attributes = new();
    private readonly Dictionary<string, string> _mergedStories = new(StringComparer.Ordinal);
    // The leading name and its count, kept as names are counted (see Name).
    private string? _name;
    private int _nameCount;
    private (string Name, string Title)? _slots;

    public string Key { get; } = key;

    public bool Contains(string articleId) => _articles.ContainsKey(articleId);

    public IReadOnlyList<LedgerChange> Add(string storyId, string articleId, string source, string nearDuplicateKey, EntityMention mention)
    {
        var story = Current(storyId);
        if (!_articles.TryAdd(articleId, story))
        {
            return [];
        }
        Count(story, 1);
        _kindVotes[(int)mention.Kind]++;
        CountName(mention.Name);
        _aliases.Add(mention.Name);
        _aliases.UnionWith(mention.Surfaces);
        List<Claim>? claims = null;
        foreach (var attribute in mention.Attributes)
        {
            if (EntityClaims.For(Slots, attribute, story) is { } claim)
            {
                (claims ??= []).Add(claim);
            }
        }
        // A mention with no name or title to compare changes nothing the attributes show.
        return claims is null ? [] : _attributes.Add(new ArticleClaims(articleId, source, nearDuplicateKey, claims));
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
        if (_stories.Remove(from, out var count))
        {
            Count(Current(into), count);
        }
        return true;
    }

    /// <summary>
    /// Some articles left their story for another (a re-clustering split it): those the entity has are filed
    /// under <paramref name="into"/>. Whether any moved.
    /// </summary>
    public bool MoveArticles(IEnumerable<string> articleIds, string into)
    {
        var moved = false;
        into = Current(into);
        foreach (var id in articleIds)
        {
            if (_articles.TryGetValue(id, out var filed) && Current(filed) is var from && from != into)
            {
                Count(from, -1);
                Count(into, 1);
                _articles[id] = into;
                moved = true;
            }
        }
        return moved;
    }

    private void Count(string story, int articles)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_stories, story, out _);
        count += articles;
        if (count <= 0)
        {
            _stories.Remove(story);
        }
    }

    public EntityView View()
    {
        var name = Name();
        return new EntityView(
            Key,
            name,
            KindName(),
            [.. _aliases.Where(a => a != name).Order(StringComparer.Ordinal)],
            [.. _articles.Keys.Order(StringComparer.Ordinal)],
            [.. _stories.Keys.Order(StringComparer.Ordinal)],
            _attributes.Divergences());
    }

    /// <summary>The entity in a line, without copying its articles: what a change about it carries.</summary>
    public EntityFacts Facts() => new(Name(), KindName(), _articles.Count, _stories.Count, _attributes.DivergenceCount);

    /// <summary>The most used name, then the longest, then the first by ordinal: the same whatever the arrival order.</summary>
    private string Name() => _name ?? Key;

    /// <summary>
    /// Counts a name. Only its count grows, so only it can take the lead: comparing it with the
    /// leader keeps the name <see cref="Name"/> gives without going over all names each time.
    /// </summary>
    private void CountName(string name)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_names, name, out _);
        count++;
        if (_name is null || name == _name || Outranks(name, count, _name, _nameCount))
        {
            (_name, _nameCount) = (name, count);
        }
    }

    private static bool Outranks(string name, int count, string leader, int leaderCount) =>
        count != leaderCount ? count > leaderCount
        : name.Length != leader.Length ? name.Length > leader.Length
        : string.CompareOrdinal(name, leader) < 0;

    private string Current(string storyId)
    {
        // A merged story may itself have been merged since; the chain is short, and the bound guards a cycle.
        for (var hops = 0; hops <= _mergedStories.Count && _mergedStories.TryGetValue(storyId, out var next); hops++)
        {
            storyId = next;
        }
        return storyId;
    }

    /// <summary>The slots of the entity's name and title, named by what they call the entity: stable for the key.</summary>
    private (string Name, string Title) Slots => _slots ??= EntityClaims.SlotsOf(LabelOf(Key));

    private static string LabelOf(string key)
    {
        var tail = key[(key.IndexOf(':') + 1)..];
        return string.Join(' ', tail.Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
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
        return KindNames[(int)best];
    }

    // The snapshot contract knows person, organization, place, group and other; a facility is a place.
    private static string KindNameOf(EntityKind kind) => kind == EntityKind.Facility ? "place" : kind.ToString().ToLowerInvariant();
}
