namespace Monitor.Analysis.Tests;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    // Three events, and two articles that each speak of two of them: single link glues all three.
    private static readonly (string Id, StorySignature Signature)[] Chain =
    [
        ("flood-1", Signature(Day, "flood", "river", "dam", "levee")),
        ("flood-2", Signature(Day, "flood", "river", "dam", "rain")),
        ("flood-3", Signature(Day, "flood", "levee", "dam", "rain")),
        ("bridge-1", Signature(Day, "flood", "river", "dam", "strike")),
        ("strike-1", Signature(Day, "strike", "union", "wages", "pay")),
        ("strike-2", Signature(Day, "strike", "union", "wages", "picket")),
        ("strike-3", Signature(Day, "strike", "pay", "wages", "picket")),
        ("bridge-2", Signature(Day, "strike", "union", "wages", "ballot")),
        ("vote-1", Signature(Day, "ballot", "senate", "election", "count")),
        ("vote-2", Signature(Day, "ballot", "senate", "election", "recount")),
        ("vote-3", Signature(Day, "ballot", "count", "election", "recount")),
    ];

    [Fact]
    public void An_article_alike_to_none_opens_a_story_and_one_alike_joins_it()
    {
        var clusterer = new StoryClusterer();
        var opened = clusterer.Assign("a", Signature(Day, "flood", "river", "dam"));
        var joined = clusterer.Assign("b", Signature(Day, "flood", "river", "levee"));
        var other = clusterer.Assign("c", Signature(Day, "election", "ballot", "senate"));

        opened.IsNew.Should().BeTrue();
        joined.Should().Be(new StoryDecision(opened.StoryId, false));
        other.IsNew.Should().BeTrue();
        clusterer.StoryIds.Should().HaveCount(2);
    }

    [Fact]
    public void A_chain_of_three_events_stays_three_stories()
    {
        var partition = Partition(Chain, new StoryClustering());

        partition.Should().BeEquivalentTo(["flood-1,flood-2,flood-3,bridge-1", "strike-1,strike-2,strike-3,bridge-2", "vote-1,vote-2,vote-3"]);
    }

    [Fact]
    public void Any_arrival_order_of_a_bridged_set_gives_the_same_stories_once_re_clustered()
    {
        var settings = new StoryClustering { RegroupEvery = 1 };
        var expected = Partition(Chain, settings);

        for (var seed = 0; seed < 40; seed++)
        {
            var order = Chain.ToArray();
            new Random(seed).Shuffle(order);
            Partition(order, settings).Should().BeEquivalentTo(expected, $"order {seed}: {string.Join(" ", order.Select(a => a.Id))}");
        }
        expected.Should().HaveCount(3);
    }

    [Fact]
    public void Articles_published_further_apart_than_the_largest_gap_are_not_alike()
    {
        var settings = new StoryClustering();
        var clusterer = new StoryClusterer(settings);
        var first = clusterer.Assign("a", Signature(Day, "flood", "river", "dam"));
        var within = clusterer.Assign("b", Signature(Day + settings.FlatGap, "flood", "river", "dam"));
        var later = clusterer.Assign("c", Signature(Day + settings.FlatGap + settings.MaxGap + TimeSpan.FromHours(1), "flood", "river", "dam"));

        within.StoryId.Should().Be(first.StoryId);
        later.StoryId.Should().NotBe(first.StoryId);
        settings.TimeFactor(Day.UtcTicks, (Day + settings.FlatGap).UtcTicks).Should().Be(1);
        settings.TimeFactor(Day.UtcTicks, (Day + settings.MaxGap).UtcTicks).Should().Be(0);
    }

    [Fact]
    public void Undated_and_dated_articles_find_each_other()
    {
        var clusterer = new StoryClusterer();
        var dated = clusterer.Assign("a", Signature(Day, "flood", "river", "dam", "levee"));
        var undated = clusterer.Assign("b", Signature(null, "flood", "river", "dam", "levee"));
        var otherUndated = clusterer.Assign("c", Signature(null, "strike", "union", "wages", "pay"));
        var datedLater = clusterer.Assign("d", Signature(Day + TimeSpan.FromDays(30), "strike", "union", "wages", "pay"));

        undated.StoryId.Should().Be(dated.StoryId);
        datedLater.StoryId.Should().Be(otherUndated.StoryId, "an undated article may belong with any date");
    }

    [Fact]
    public void A_re_clustering_moves_an_early_article_to_the_story_it_fits_and_the_story_keeps_its_id()
    {
        // No lower bar: the flood's first article, alike to the bridge alone, would join its story as the one clear match.
        var clusterer = new StoryClusterer(new StoryClustering { RegroupEvery = 7, DatedLowBar = 1 });
        // The article of both events comes first: the strike joins it, the flood then opens its own story.
        var strike = clusterer.Assign("bridge", Signature(Day, "flood", "river", "dam", "strike", "union")).StoryId;
        clusterer.Assign("strike-1", Signature(Day, "strike", "union", "wages", "pay")).StoryId.Should().Be(strike);
        clusterer.Assign("strike-2", Signature(Day, "strike", "union", "wages", "picket")).StoryId.Should().Be(strike);
        clusterer.Assign("strike-3", Signature(Day, "strike", "pay", "wages", "picket")).StoryId.Should().Be(strike);
        var flood = clusterer.Assign("flood-1", Signature(Day, "flood", "river", "dam", "levee")).StoryId;
        clusterer.Assign("flood-2", Signature(Day, "flood", "river", "dam", "rain")).StoryId.Should().Be(flood);
        flood.Should().NotBe(strike);

        var next = clusterer.Assign("strike-4", Signature(Day, "strike", "union", "pay", "picket"));

        next.Regroups.Should().BeEquivalentTo([new StoryRegroup(strike, flood, ["bridge"], false, At: 7_000_001)]);
        next.StoryId.Should().Be(strike, "the story split keeps its id");
    }

    [Fact]
    public void A_story_held_together_by_an_article_of_two_events_splits_when_re_clustered()
    {
        var clusterer = new StoryClusterer(new StoryClustering { RegroupEvery = 6 });
        // The article of both events comes first and the strike joins it; the flood's articles then join
        // on the mean, helped by the bridge, and every member keeps clearing the bar.
        var first = clusterer.Assign("bridge", Signature(Day, "flood", "river", "dam", "levee", "strike", "union")).StoryId;
        clusterer.Assign("strike-1", Signature(Day, "strike", "union", "wages", "pay", "picket")).StoryId.Should().Be(first);
        clusterer.Assign("flood-1", Signature(Day, "flood", "river", "dam", "levee", "rain")).StoryId.Should().Be(first);
        clusterer.Assign("flood-2", Signature(Day, "flood", "river", "dam", "levee", "mud")).StoryId.Should().Be(first);
        clusterer.Assign("strike-2", Signature(Day, "strike", "union", "wages", "pay", "ballot")).StoryId.Should().Be(first);

        var next = clusterer.Assign("later", Signature(Day, "election", "senate", "count"));

        var split = next.Regroups.Should().ContainSingle().Subject;
        split.From.Should().Be(first);
        split.Merged.Should().BeFalse();
        split.Articles.Should().BeEquivalentTo(["strike-1", "strike-2"], "the smaller half leaves; the bridge stays with the half it is more alike to");
    }

    [Fact]
    public void An_article_below_the_join_bar_joins_the_one_story_it_is_clearly_alike_to_and_stays_when_re_clustered()
    {
        // The join bar out of reach: only the lower bar with a clear margin can join.
        var clusterer = new StoryClusterer(new StoryClustering { UndatedJoinThreshold = 0.95, UndatedLowBar = 0.2, ContrastMargin = 0.1, ClearMatchAfter = 0, RegroupEvery = 4 });
        var flood = clusterer.Assign("flood-1", Signature(null, "flood", "river", "dam", "levee")).StoryId;
        clusterer.Assign("strike-1", Signature(null, "strike", "union", "wages", "pay")).IsNew.Should().BeTrue();

        clusterer.Assign("flood-2", Signature(null, "flood", "river", "dam", "rain")).StoryId.Should().Be(flood);
        var next = clusterer.Assign("vote-1", Signature(null, "ballot", "senate", "election", "count"));

        next.Regroups.Should().BeEmpty("the clear match keeps clearing the lower bar when its story is re-clustered");
        next.IsNew.Should().BeTrue();
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void A_clear_match_counts_only_once_the_frequencies_have_seen_enough_articles(int after, bool opens)
    {
        var clusterer = new StoryClusterer(new StoryClustering { UndatedJoinThreshold = 0.95, UndatedLowBar = 0.2, ContrastMargin = 0.1, ClearMatchAfter = after });
        clusterer.Assign("flood-1", Signature(null, "flood", "river", "dam", "levee"));
        clusterer.Assign("strike-1", Signature(null, "strike", "union", "wages", "pay"));

        // The third article: with fewer seen than the setting asks, every word is too rare to tell a subject's from an event's.
        clusterer.Assign("flood-2", Signature(null, "flood", "river", "dam", "rain")).IsNew.Should().Be(opens);
    }

    [Fact]
    public void An_article_below_the_join_bar_alike_to_two_stories_alike_opens_its_own()
    {
        var clusterer = new StoryClusterer(new StoryClustering { UndatedJoinThreshold = 0.95, UndatedLowBar = 0.2, ContrastMargin = 0.1, ClearMatchAfter = 0 });
        var flood = clusterer.Assign("flood-1", Signature(null, "flood", "river", "dam", "levee")).StoryId;
        var strike = clusterer.Assign("strike-1", Signature(null, "strike", "union", "wages", "pay")).StoryId;

        var both = clusterer.Assign("both", Signature(null, "flood", "river", "strike", "union"));

        both.IsNew.Should().BeTrue("no story is clearly the one");
        both.StoryId.Should().NotBe(flood).And.NotBe(strike);
    }

    [Fact]
    public void Replaying_the_decisions_leaves_the_same_state()
    {
        var settings = new StoryClustering { RegroupEvery = 3 };
        var live = new StoryClusterer(settings);
        var replayed = new StoryClusterer(settings);
        foreach (var (id, signature) in Chain)
        {
            replayed.Apply(id, live.Assign(id, signature), signature);
        }

        var next = Signature(Day, "strike", "union", "picket", "pay");
        replayed.Assign("next", next).Should().BeEquivalentTo(live.Assign("next", next));
        replayed.StoryIds.Should().BeEquivalentTo(live.StoryIds);
    }

    [Fact]
    public void Stories_that_can_take_no_more_articles_leave_memory_and_keep_their_ids()
    {
        var clusterer = new StoryClusterer(new StoryClustering { LiveArticles = 10, RecentArticles = 5, RegroupEvery = 5 });
        for (var day = 0; day < 60; day++)
        {
            string[] words = [$"event{day}", $"place{day}", $"person{day}", $"deed{day}", $"thing{day}", "common"];
            clusterer.Assign($"a{day}", Signature(Day + TimeSpan.FromDays(day), words));
            clusterer.Assign($"b{day}", Signature(Day + TimeSpan.FromDays(day), words));
        }

        clusterer.StoryIds.Should().HaveCount(60);
        clusterer.LiveStories.Should().BeLessThanOrEqualTo(10);
        clusterer.LiveArticles.Should().BeLessThanOrEqualTo(20);
    }

    private static List<string> Partition(IEnumerable<(string Id, StorySignature Signature)> articles, StoryClustering settings)
    {
        var clusterer = new StoryClusterer(settings);
        var storyOf = new Dictionary<string, string>();
        foreach (var (id, signature) in articles)
        {
            var decision = clusterer.Assign(id, signature);
            foreach (var regroup in decision.Regroups)
            {
                var moved = regroup.Merged ? storyOf.Where(p => p.Value == regroup.From).Select(p => p.Key) : regroup.Articles;
                foreach (var article in moved.ToList())
                {
                    storyOf[article] = regroup.To;
                }
            }
            storyOf[id] = decision.StoryId;
        }
        return [.. storyOf.GroupBy(p => p.Value).Select(g => string.Join(",", g.Select(p => p.Key).OrderBy(k => Array.FindIndex(Chain, c => c.Id == k))))];
    }

    [Fact]
    public void Opinion_pieces_on_a_subject_make_their_own_story_apart_from_its_news()
    {
        // The opinion pieces share the news's subject words, enough to join it were genre no evidence.
        StoryDecision[] Cluster(StoryClusterer clusterer) =>
        [
            clusterer.Assign("news-1", Signature(Day, "flood", "river", "dam", "levee")),
            clusterer.Assign("news-2", Signature(Day, "flood", "river", "dam", "rain")),
            clusterer.Assign("opinion-1", Signature(Day, "flood", "river", "blame", "council", "budget") with { Opinion = true }),
            clusterer.Assign("opinion-2", Signature(Day, "flood", "river", "blame", "council", "budget", "mayor") with { Opinion = true }),
        ];

        var blind = Cluster(new StoryClusterer(new StoryClustering { OpinionFactor = 1 }));
        blind.Select(d => d.StoryId).Distinct().Should().ContainSingle("alike on the mean, all four are one story when genre counts for nothing");

        var kept = Cluster(new StoryClusterer());
        kept[1].StoryId.Should().Be(kept[0].StoryId);
        kept[2].StoryId.Should().NotBe(kept[0].StoryId, "an opinion piece is less alike to news reports");
        kept[3].StoryId.Should().Be(kept[2].StoryId, "opinion pieces on one subject are alike in full");
    }

    private static StorySignature Signature(DateTimeOffset? published, params string[] terms) =>
        new([.. terms.Select(t => new WeightedTerm(t, 1))], [], published);
}
