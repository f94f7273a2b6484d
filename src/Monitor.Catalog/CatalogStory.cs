namespace Monitor.Catalog;

/// <summary>A story as the catalog keeps it: its row, its articles and entities, and the text a search looks in.</summary>
internal sealed class CatalogStory
{
    public CatalogStory(StoryRow row, IReadOnlyList<ListedArticle> articles, IReadOnlyList<string> entities)
    {
        Row = row;
        Articles = articles;
        Entities = new HashSet<string>(entities, StringComparer.Ordinal);
        Outlets = new HashSet<string>(row.Outlets, StringComparer.Ordinal);
        Days = [.. articles.Select(a => DateOnly.FromDateTime(a.At.UtcDateTime)).Distinct()];
        FirstDay = DateOnly.FromDateTime(row.First.UtcDateTime);
        LatestDay = DateOnly.FromDateTime(row.Latest.UtcDateTime);
        Search = string.Join('\n', [row.Title, .. entities.Select(EntityName), .. row.Outlets]).ToLowerInvariant();
    }

    public StoryRow Row { get; }

    public IReadOnlyList<ListedArticle> Articles { get; }

    public HashSet<string> Entities { get; }

    public HashSet<string> Outlets { get; }

    public HashSet<DateOnly> Days { get; }

    public DateOnly FirstDay { get; }

    public DateOnly LatestDay { get; }

    /// <summary>Title, entity names and outlets, lower case, one a line.</summary>
    public string Search { get; }

    /// <summary>"person:marco rubio" is searched as "marco rubio".</summary>
    public static string EntityName(string id) => id.IndexOf(':') is var colon and >= 0 ? id[(colon + 1)..] : id;
}
