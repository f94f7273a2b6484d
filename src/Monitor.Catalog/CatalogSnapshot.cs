namespace Monitor.Catalog;

/// <summary>
/// The rows as of one change-log sequence, already in each sort's order: a query walks the order it
/// asks for and filters, so it never sorts, and an unfiltered page is a slice.
/// </summary>
internal sealed class CatalogSnapshot
{
    public static readonly CatalogSnapshot Empty = new([], 0, "");

    private readonly CatalogStory[][] _orders;

    public CatalogSnapshot(CatalogStory[] stories, long sequence, string epoch)
    {
        Stories = stories;
        Sequence = sequence;
        Epoch = epoch;
        _orders = [.. Enum.GetValues<StorySort>().Select(sort => Sorted(stories, sort))];
    }

    public CatalogStory[] Stories { get; }

    public long Sequence { get; }

    public string Epoch { get; }

    public CatalogStory[] In(StorySort sort) => _orders[(int)sort];

    private static CatalogStory[] Sorted(CatalogStory[] stories, StorySort sort)
    {
        var sorted = (CatalogStory[])stories.Clone();
        Comparison<StoryRow> compare = Comparer(sort);
        Array.Sort(sorted, (a, b) => compare(a.Row, b.Row));
        return sorted;
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
