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
    private readonly ClaimLedger _attributes = new();
    private EntityKind _kind = EntityKind.Other;

    public string Key { get; } = key;

    public bool Contains(string articleId) => _articles.Contains(articleId);

    public IReadOnlyList<LedgerChange> Add(string storyId, string articleId, string source, string nearDuplicateKey, EntityMention mention)
    {
        if (!_articles.Add(articleId))
        {
            return [];
        }
        _stories.Add(storyId);
        _kind = mention.Kind;
        _names[mention.Name] = _names.GetValueOrDefault(mention.Name) + 1;
        _aliases.Add(mention.Name);
        _aliases.UnionWith(mention.Surfaces);
        var claims = mention.Attributes
            .Select(a => new Claim(
                $"{a.Attribute} of {Key}",
                a.Attribute == "title" ? ClaimKind.Title : ClaimKind.Name,
                new ClaimValue(a.Value, a.Value.ToLowerInvariant()),
                a.Quote))
            .ToList();
        return _attributes.Add(new ArticleClaims(articleId, source, nearDuplicateKey, claims));
    }

    public EntityView View()
    {
        var name = _names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key).FirstOrDefault() ?? Key;
        return new EntityView(
            Key,
            name,
            _kind.ToString().ToLowerInvariant(),
            [.. _aliases.Where(a => a != name)],
            [.. _articles],
            [.. _stories],
            _attributes.Divergences());
    }
}
