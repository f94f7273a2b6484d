namespace Monitor.Catalog;

/// <summary>
/// The rows as of one change-log sequence, already in each sort's order: a query walks the order it
/// asks for and filters, so it never sorts, and an unfiltered page is a slice. A new snapshot is made
/// from the one before and the stories written since: the untouched rows keep their order, and only
/// the written ones are sorted and merged in, so publishing a page costs a walk of the list, not a sort.
/// </summary>
internal sealed class CatalogSnapshot
{
    public static readonly CatalogSnapshot Empty = new([.. Enum.GetValues<StorySort>().Select(_ => Array.Empty<CatalogStory>())], 0, "");

    private readonly CatalogStory[][] _orders;

    private CatalogSnapshot(CatalogStory[][] orders, long sequence, string epoch)
    {
        _orders = orders;
        Sequence = sequence;
        Epoch = epoch;
    }

    /// <summary>Every listed story, latest first.</summary>
    public CatalogStory[] Stories => _orders[(int)StorySort.Latest];

    public long Sequence { get; }

    public string Epoch { get; }

    public CatalogStory[] In(StorySort sort) => _orders[(int)sort];

    /// <summary>An empty list of another epoch.</summary>
    public static CatalogSnapshot Of(string epoch) => new(Empty._orders, 0, epoch);

    /// <summary>
    /// The same rows at a later sequence, but for the stories whose ids are in <paramref name="touched"/>:
    /// those listed now are in <paramref name="written"/>, the others have left the list.
    /// </summary>
    public CatalogSnapshot Next(long sequence, IReadOnlySet<string> touched, IReadOnlyCollection<CatalogStory> written)
    {
        if (touched.Count == 0)
        {
            return new CatalogSnapshot(_orders, sequence, Epoch);
        }
        var orders = new CatalogStory[_orders.Length][];
        var fresh = written.ToArray();
        foreach (var sort in Enum.GetValues<StorySort>())
        {
            var compare = Comparer(sort);
            Array.Sort(fresh, compare);
            orders[(int)sort] = Merge(_orders[(int)sort], touched, fresh, compare);
        }
        return new CatalogSnapshot(orders, sequence, Epoch);
    }

    private static CatalogStory[] Merge(CatalogStory[] kept, IReadOnlySet<string> touched, CatalogStory[] fresh, Comparison<CatalogStory> compare)
    {
        var merged = new List<CatalogStory>(kept.Length + fresh.Length);
        var next = 0;
        foreach (var story in kept)
        {
            if (touched.Contains(story.Row.Id))
            {
                continue;
            }
            while (next < fresh.Length && compare(fresh[next], story) < 0)
            {
                merged.Add(fresh[next++]);
            }
            merged.Add(story);
        }
        while (next < fresh.Length)
        {
            merged.Add(fresh[next++]);
        }
        return [.. merged];
    }

    private static Comparison<CatalogStory> Comparer(StorySort sort)
    {
        static int Latest(StoryRow a, StoryRow b) =>
            b.Latest.CompareTo(a.Latest) is var c and not 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        Comparison<StoryRow> rows = sort switch
        {
            StorySort.Divergences => (a, b) => b.Divergences.CompareTo(a.Divergences) is var c and not 0 ? c : Latest(a, b),
            StorySort.Sources => (a, b) => b.Sources.CompareTo(a.Sources) is var c and not 0 ? c : Latest(a, b),
            StorySort.Articles => (a, b) => b.Articles.CompareTo(a.Articles) is var c and not 0 ? c : Latest(a, b),
            _ => Latest,
        };
        return (a, b) => rows(a.Row, b.Row);
    }
}
