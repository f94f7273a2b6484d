namespace Monitor.Analysis.Tests;

/// <summary>
/// The story index skips a story, or an hour of a story, when no member can be alike enough to the
/// article; the bound that says so must never be below the measure of any member, or an article would
/// miss its story.
/// </summary>
public sealed class SimilarityBoundTests
{
    private static readonly string[] Vocabulary = [.. Enumerable.Range(0, 40).Select(i => $"term{i}")];
    private static readonly string[] Entities = [.. Enumerable.Range(0, 12).Select(i => i % 3 == 0 ? $"place:p{i}" : $"person:n{i}")];

    [Fact]
    public void A_story_is_skipped_only_when_no_member_reaches_the_bar() =>
        BoundHolds(members =>
        {
            var story = new StoryMembers();
            members.ForEach(story.Add);
            return (probe, threshold) => probe.MayReachAny(story, threshold);
        });

    [Fact]
    public void An_hour_is_skipped_only_when_no_member_published_in_it_reaches_the_bar() =>
        BoundHolds(members =>
        {
            var hour = new MemberHour(MemberHour.Of(members[0].Ticks!.Value));
            // Half the members come through a merge of two hours, as when two stories are merged.
            var merged = new MemberHour(hour.Hour);
            for (var i = 0; i < members.Count; i++)
            {
                (i % 2 == 0 ? hour : merged).Add(members[i]);
            }
            if (merged.Count > 0)
            {
                hour.Absorb(merged);
            }
            return (probe, threshold) => probe.MayReachAny(hour, threshold);
        });

    [Fact]
    public void An_hour_is_kept_at_the_very_measure_of_its_member()
    {
        // An hour keeps its shares as floats: rounded down, its bound could fall below the measure it must cover.
        var random = new Random(5);
        var (ids, entityIds) = (new TermIds(), new TermIds());
        for (var round = 0; round < 1_000; round++)
        {
            var member = new ComparableSignature(RandomSignature(random), ids, entityIds);
            var probe = new SimilarityProbe();
            probe.Load(new ComparableSignature(RandomSignature(random), ids, entityIds));
            var hour = new MemberHour(MemberHour.Of(member.Ticks!.Value));
            hour.Add(member);

            probe.MayReachAny(hour, HighestBarReached(probe, member)).Should().BeTrue("round {0}", round);
        }
    }

    [Fact]
    public void A_story_keeps_its_bound_through_a_merge()
    {
        var (probe, floods, strike) = FloodsStrikeAndAnArticleOnTheStrike();
        var (story, other) = (new StoryMembers(), new StoryMembers());
        story.Add(floods);
        other.Add(strike);
        probe.MayReachAny(story, StoryClusterer.JoinThreshold).Should().BeFalse();

        story.Absorb(other);

        probe.MayReachAny(story, StoryClusterer.JoinThreshold).Should().BeTrue("the absorbed story's member is the article's twin");
    }

    [Fact]
    public void An_hour_keeps_its_bound_through_a_merge()
    {
        var (probe, floods, strike) = FloodsStrikeAndAnArticleOnTheStrike();
        var (hour, other) = (new MemberHour(MemberHour.Of(floods.Ticks!.Value)), new MemberHour(MemberHour.Of(strike.Ticks!.Value)));
        hour.Add(floods);
        other.Add(strike);
        probe.MayReachAny(hour, StoryClusterer.JoinThreshold).Should().BeFalse();

        hour.Absorb(other);

        probe.MayReachAny(hour, StoryClusterer.JoinThreshold).Should().BeTrue("the absorbed hour's member is the article's twin");
    }

    /// <summary>A member on floods, one on a strike, and a probe loaded with the strike member's twin.</summary>
    private static (SimilarityProbe Probe, ComparableSignature Floods, ComparableSignature Strike) FloodsStrikeAndAnArticleOnTheStrike()
    {
        var (ids, entityIds) = (new TermIds(), new TermIds());
        var day = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var floods = new ComparableSignature(new StorySignature([new("flood", 3), new("river", 2)], ["place:p1"], day), ids, entityIds);
        StorySignature strike = new([new("strike", 3), new("union", 2)], ["person:n1"], day);
        var probe = new SimilarityProbe();
        probe.Load(new ComparableSignature(strike, ids, entityIds));
        return (probe, floods, new ComparableSignature(strike, ids, entityIds));
    }

    /// <summary>
    /// Over random groups of members and articles, the bound a group gives must pass whenever a member
    /// reaches the bar, and must rule out enough groups to be of use.
    /// </summary>
    private static void BoundHolds(Func<List<ComparableSignature>, Func<SimilarityProbe, double, bool>> bound)
    {
        var random = new Random(7);
        var (ids, entityIds) = (new TermIds(), new TermIds());
        var (skipped, kept) = (0, 0);
        for (var round = 0; round < 2_000; round++)
        {
            var members = Enumerable.Range(0, random.Next(1, 8)).Select(_ => new ComparableSignature(RandomSignature(random), ids, entityIds)).ToList();
            var mayReachAny = bound(members);
            var probe = new SimilarityProbe();
            probe.Load(new ComparableSignature(RandomSignature(random), ids, entityIds));
            var threshold = 0.1 + random.NextDouble() * 0.4;

            var anyReaches = members.Any(m => probe.Reaches(m, threshold));
            var mayReach = mayReachAny(probe, threshold);

            if (anyReaches)
            {
                mayReach.Should().BeTrue("round {0}: a member reaches {1}, so the group must not be skipped", round, threshold);
            }
            (skipped, kept) = mayReach ? (skipped, kept + 1) : (skipped + 1, kept);
        }
        skipped.Should().BeGreaterThan(100, "the bound should rule out some groups, or it is no use");
        kept.Should().BeGreaterThan(100);
    }

    /// <summary>The highest bar the member reaches with the probe's article, which is its measure: found by halving down to neighbouring doubles.</summary>
    private static double HighestBarReached(SimilarityProbe probe, ComparableSignature member)
    {
        var (reached, missed) = (0.0, 2.0);
        while ((reached + missed) / 2 is var middle && middle != reached && middle != missed)
        {
            (reached, missed) = probe.Reaches(member, middle) ? (middle, missed) : (reached, middle);
        }
        return reached;
    }

    private static StorySignature RandomSignature(Random random)
    {
        var terms = Enumerable.Range(0, random.Next(0, 12))
            .Select(_ => new WeightedTerm(Vocabulary[random.Next(Vocabulary.Length)], 0.5 + random.NextDouble() * 3))
            .ToList();
        var entities = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Entities[random.Next(Entities.Length)]).ToList();
        return new StorySignature(terms, entities, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    }
}
