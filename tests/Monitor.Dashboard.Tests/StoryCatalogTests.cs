using Monitor.Catalog;

namespace Monitor.Dashboard.Tests;

/// <summary>The story list's read model on hand-made stories: times, merges, and what the blindspots count.</summary>
public sealed class StoryCatalogTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly StoryCatalog _catalog = new();
    private long _sequence;

    [Fact]
    public void A_row_reports_from_the_first_to_the_latest_published_time_and_an_undated_article_from_when_it_was_seen()
    {
        Put("s1", [("a", Day1.AddHours(5)), ("b", Day1), ("c", null)], seenAt: Day1.AddDays(2));
        Put("s1", [("a", Day1.AddHours(5)), ("b", Day1), ("c", null), ("d", null)], seenAt: Day1.AddDays(3));

        var row = _catalog.Query(new StoryQuery()).Items.Single();
        var articles = _catalog.ArticlesOf("c", 10).Concat(_catalog.ArticlesOf("d", 10)).ToList();

        row.First.Should().Be(Day1);
        row.Latest.Should().Be(Day1.AddDays(3));
        articles.Select(a => a.At).Should().Equal(Day1.AddDays(2), Day1.AddDays(3));
        articles.Should().OnlyContain(a => !a.Dated);
    }

    [Fact]
    public void A_merged_story_leaves_the_list_and_resolves_to_the_end_of_its_chain()
    {
        Put("s1", [("a", Day1)]);
        Put("s2", [("b", Day1)]);
        Put("s3", [("c", Day1)]);

        _catalog.Merge("s1", "s2");
        _catalog.Merge("s2", "s3");
        _catalog.Advance(100);

        _catalog.Query(new StoryQuery()).Items.Select(r => r.Id).Should().Equal("s3");
        _catalog.Resolve("s1").Should().Be("s3");
        _catalog.Resolve("s3").Should().Be("s3");
    }

    [Fact]
    public void A_source_blindspot_is_a_story_of_its_days_that_enough_other_outlets_cover()
    {
        Put("ours", [("quiet", Day1)]);
        Put("wide", [("a", Day1), ("b", Day1), ("c", Day1)]);
        Put("narrow", [("a", Day1), ("b", Day1)]);
        Put("other-day", [("a", Day1.AddDays(1)), ("b", Day1.AddDays(1)), ("c", Day1.AddDays(1))]);
        Put("covered", [("quiet", Day1), ("a", Day1), ("b", Day1)]);

        Blindspots.OfSource(_catalog, "quiet", 3).Select(b => (b.Story.Id, b.Others)).Should().Equal(("wide", 3));
        Blindspots.OfSource(_catalog, "quiet", 2).Select(b => b.Story.Id).Should().Equal("wide", "narrow");
    }

    [Fact]
    public void A_story_misses_an_outlet_that_reported_at_least_half_of_the_other_stories_naming_its_entities()
    {
        Put("x", [("a", Day1)], ["person:tarn"]);
        Put("y1", [("usual", Day1), ("a", Day1)], ["person:tarn"]);
        Put("y2", [("usual", Day1), ("rare", Day1)], ["person:tarn"]);
        Put("y3", [("b", Day1)], ["person:tarn"]);

        var missing = Blindspots.OfStory(_catalog, "x");

        missing.Should().ContainSingle().Which.Should().BeEquivalentTo(new MissingOutlet("usual", ["tarn"], 2, 3));
    }

    [Fact]
    public async Task Rows_show_and_a_wait_for_a_sequence_ends_when_the_catalog_publishes_it()
    {
        var reached = _catalog.WhenAt(5);
        _catalog.Advance(4);
        reached.IsCompleted.Should().BeFalse();
        _catalog.Put("s1", "Story", 1, 0, [new ReportedArticle("a", "a", "A", null, Day1)], [], Day1);
        _catalog.Query(new StoryQuery()).Total.Should().Be(0, "nothing shows before it is published");

        _catalog.Advance(6);

        await reached.WaitAsync(TimeSpan.FromSeconds(10));
        _catalog.WhenAt(6).IsCompleted.Should().BeTrue();
        _catalog.Query(new StoryQuery()).Total.Should().Be(1);
    }

    [Fact]
    public void Every_sort_stays_in_order_as_pages_rewrite_remove_and_merge_stories()
    {
        var random = new Random(7);
        for (var page = 0; page < 40; page++)
        {
            for (var write = 0; write < 6; write++)
            {
                var id = "s" + random.Next(30);
                switch (random.Next(10))
                {
                    case 0:
                        _catalog.Merge(id, "s" + random.Next(30));
                        break;
                    case 1:
                        _catalog.Put(id, "Story " + id, 0, 0, [], [], Day1);
                        break;
                    default:
                        var outlets = random.Next(1, 5);
                        _catalog.Put(id, "Story " + id, outlets, random.Next(3),
                            [.. Enumerable.Range(0, random.Next(1, 6)).Select(i =>
                                new ReportedArticle($"{id}-{page}-{i}", "o" + (i % outlets), "A", null, Day1.AddHours(random.Next(48))))],
                            [], Day1);
                        break;
                }
            }
            _catalog.Advance(++_sequence);

            var latest = _catalog.Query(new StoryQuery(PageSize: StoryQuery.MaxPageSize)).Items;
            latest.Select(r => r.Id).Should().OnlyHaveUniqueItems();
            latest.Should().BeInDescendingOrder(r => r.Latest);
            foreach (var (sort, key) in new (StorySort, Func<StoryRow, int>)[]
                     { (StorySort.Divergences, r => r.Divergences), (StorySort.Sources, r => r.Sources), (StorySort.Articles, r => r.Articles) })
            {
                var rows = _catalog.Query(new StoryQuery(Sort: sort, PageSize: StoryQuery.MaxPageSize)).Items;
                rows.Select(r => r.Id).Should().BeEquivalentTo(latest.Select(r => r.Id));
                rows.Should().Equal(rows.OrderByDescending(key).ThenByDescending(r => r.Latest).ThenBy(r => r.Id, StringComparer.Ordinal));
            }
        }
    }

    /// <summary>Writes a story and publishes it, as the feed does at the end of a page of changes.</summary>
    private void Put(string id, (string Source, DateTimeOffset? Published)[] articles, string[]? entities = null, DateTimeOffset? seenAt = null)
    {
        _catalog.Put(id, "Story " + id, articles.Select(a => a.Source).Distinct().Count(), 0,
            [.. articles.Select((a, i) => new ReportedArticle($"{id}-{a.Source}-{i}", a.Source, "Article " + i, null, a.Published))],
            entities ?? [], seenAt ?? Day1);
        _catalog.Advance(++_sequence);
    }
}
