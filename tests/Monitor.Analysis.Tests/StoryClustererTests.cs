namespace Monitor.Analysis.Tests;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

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
    public void An_article_bridging_two_stories_merges_them_into_the_larger()
    {
        var clusterer = new StoryClusterer();
        var floods = clusterer.Assign("a1", Signature(Day, "flood", "river", "dam")).StoryId;
        clusterer.Assign("a2", Signature(Day, "flood", "river", "dam", "rain"));
        var strike = clusterer.Assign("c1", Signature(Day, "strike", "union", "wages")).StoryId;

        var bridge = clusterer.Assign("b", Signature(Day, "flood", "river", "strike", "union"));

        bridge.Should().BeEquivalentTo(new StoryDecision(floods, false, [strike]));
        clusterer.StoryIds.Should().Equal(floods);
        clusterer.Assign("c2", Signature(Day, "strike", "union", "wages")).StoryId.Should().Be(floods, "the absorbed story's articles now belong to the survivor");
    }

    [Fact]
    public void Articles_published_far_apart_never_link()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Assign("a", Signature(Day, "flood", "river", "dam"));
        var later = clusterer.Assign("b", Signature(Day + SignatureSimilarity.MaxGap + TimeSpan.FromDays(1), "flood", "river", "dam"));

        later.StoryId.Should().NotBe(first.StoryId);
    }

    [Fact]
    public void Articles_just_within_the_gap_link_across_day_boundaries()
    {
        var clusterer = new StoryClusterer();
        var lateInTheDay = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);
        var first = clusterer.Assign("a", Signature(lateInTheDay, "flood", "river", "dam"));

        var later = clusterer.Assign("b", Signature(lateInTheDay + SignatureSimilarity.MaxGap - TimeSpan.FromMinutes(1), "flood", "river", "dam"));
        var earlier = clusterer.Assign("c", Signature(lateInTheDay - SignatureSimilarity.MaxGap + TimeSpan.FromMinutes(1), "flood", "river", "dam"));

        later.StoryId.Should().Be(first.StoryId);
        earlier.StoryId.Should().Be(first.StoryId);
    }

    [Fact]
    public void Articles_exactly_the_gap_apart_link_and_a_tick_further_do_not()
    {
        // Two members in one hour, so the hour is bounded before its members are compared.
        var clusterer = new StoryClusterer();
        var first = clusterer.Assign("a", Signature(Day, "flood", "river", "dam"));
        clusterer.Assign("b", Signature(Day, "flood", "river", "levee"));

        var atTheGap = clusterer.Assign("c", Signature(Day + SignatureSimilarity.MaxGap, "flood", "river", "dam"));
        var beforeTheGap = clusterer.Assign("d", Signature(Day - SignatureSimilarity.MaxGap, "flood", "river", "dam"));
        var pastTheGap = clusterer.Assign("e", Signature(Day + 2 * SignatureSimilarity.MaxGap + TimeSpan.FromTicks(1), "flood", "river", "dam"));

        atTheGap.StoryId.Should().Be(first.StoryId);
        beforeTheGap.StoryId.Should().Be(first.StoryId);
        pastTheGap.IsNew.Should().BeTrue("its nearest member, c, is a tick more than the gap before it");
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
    public void Every_arrival_order_gives_the_same_partition()
    {
        var articles = new (string Id, StorySignature Signature)[]
        {
            ("a1", Signature(Day, "flood", "river", "dam")),
            ("a2", Signature(Day, "dam", "river", "levee")),
            ("b", Signature(Day, "levee", "river", "strike", "union")),
            ("c1", Signature(Day, "strike", "union", "wages")),
            ("c2", Signature(Day, "wages", "union", "pay")),
            ("d", Signature(Day, "election", "ballot", "senate")),
        };
        var expected = Partition(articles);

        foreach (var order in Permutations(articles))
        {
            Partition(order).Should().BeEquivalentTo(expected);
        }
        expected.Should().HaveCount(2);
    }

    private static List<string> Partition(IEnumerable<(string Id, StorySignature Signature)> articles)
    {
        var clusterer = new StoryClusterer();
        var storyOf = new Dictionary<string, string>();
        foreach (var (id, signature) in articles)
        {
            var decision = clusterer.Assign(id, signature);
            foreach (var article in storyOf.Where(p => decision.Merged.Contains(p.Value)).Select(p => p.Key).ToList())
            {
                storyOf[article] = decision.StoryId;
            }
            storyOf[id] = decision.StoryId;
        }
        return [.. storyOf.GroupBy(p => p.Value).Select(g => string.Join(",", g.Select(p => p.Key).Order()))];
    }

    private static IEnumerable<T[]> Permutations<T>(T[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    private static StorySignature Signature(DateTimeOffset? published, params string[] terms) =>
        new([.. terms.Select(t => new WeightedTerm(t, 1))], [], published);
}
