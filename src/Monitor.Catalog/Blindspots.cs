namespace Monitor.Catalog;

/// <summary>A story an outlet left out: reported on one of its days by <paramref name="Others"/> other outlets.</summary>
public sealed record SourceBlindspot(StoryRow Story, int Others);

/// <summary>
/// An outlet missing from a story although it usually covers the story's entities: for each entity
/// listed, it reported at least half of the other stories naming it (<paramref name="Covered"/> of <paramref name="Naming"/> summed).
/// </summary>
public sealed record MissingOutlet(string Outlet, IReadOnlyList<string> Entities, int Covered, int Naming);

/// <summary>
/// What an outlet does not cover, counted over the catalog. Days are UTC days of the articles'
/// times (published, or first seen). Start simple: counts, no weighting by outlet size or story size.
/// </summary>
public static class Blindspots
{
    public const int DefaultMinOthers = 3;
    private const int MinNaming = 2;
    private const int Limit = 50;

    /// <summary>Stories with an article on a day the outlet published, by at least <paramref name="minOthers"/> other outlets, and none by it.</summary>
    public static IReadOnlyList<SourceBlindspot> OfSource(StoryCatalog catalog, string source, int minOthers)
    {
        var stories = catalog.Published;
        var days = stories.SelectMany(s => s.Articles).Where(a => a.Source == source)
            .Select(a => DateOnly.FromDateTime(a.At.UtcDateTime)).ToHashSet();
        return [.. stories
            .Where(s => !s.Outlets.Contains(source) && s.Outlets.Count >= minOthers && s.Days.Overlaps(days))
            .OrderByDescending(s => s.Outlets.Count).ThenByDescending(s => s.Row.Latest)
            .Take(Limit)
            .Select(s => new SourceBlindspot(s.Row, s.Outlets.Count))];
    }

    /// <summary>
    /// Outlets not in the story that reported at least half (and at least two) of the other stories naming
    /// one of its entities, most entities first.
    /// </summary>
    public static IReadOnlyList<MissingOutlet> OfStory(StoryCatalog catalog, string storyId)
    {
        var stories = catalog.Published;
        var story = stories.FirstOrDefault(s => s.Row.Id == storyId);
        if (story is null)
        {
            return [];
        }
        var missing = new Dictionary<string, (List<string> Entities, int Covered, int Naming)>(StringComparer.Ordinal);
        foreach (var entity in story.Entities.Order(StringComparer.Ordinal))
        {
            var naming = stories.Where(s => s != story && s.Entities.Contains(entity)).ToList();
            if (naming.Count < MinNaming)
            {
                continue;
            }
            var byOutlet = naming.SelectMany(s => s.Outlets).CountBy(o => o, StringComparer.Ordinal);
            foreach (var (outlet, covered) in byOutlet)
            {
                if (story.Outlets.Contains(outlet) || covered < MinNaming || covered * 2 < naming.Count)
                {
                    continue;
                }
                var found = missing.GetValueOrDefault(outlet, ([], 0, 0));
                found.Entities.Add(CatalogStory.EntityName(entity));
                missing[outlet] = (found.Entities, found.Covered + covered, found.Naming + naming.Count);
            }
        }
        return [.. missing
            .Select(p => new MissingOutlet(p.Key, p.Value.Entities, p.Value.Covered, p.Value.Naming))
            .OrderByDescending(m => m.Entities.Count).ThenByDescending(m => m.Covered).ThenBy(m => m.Outlet, StringComparer.Ordinal)
            .Take(Limit)];
    }
}
