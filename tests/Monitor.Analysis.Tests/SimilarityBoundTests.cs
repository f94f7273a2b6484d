namespace Monitor.Analysis.Tests;

/// <summary>
/// The story index skips a story when no member can be alike enough to the article; the bound that
/// says so must never be below the measure of any member, or an article would miss its story.
/// </summary>
public sealed class SimilarityBoundTests
{
    private static readonly string[] Vocabulary = [.. Enumerable.Range(0, 40).Select(i => $"term{i}")];
    private static readonly string[] Entities = [.. Enumerable.Range(0, 12).Select(i => i % 3 == 0 ? $"place:p{i}" : $"person:n{i}")];

    [Fact]
    public void A_story_is_skipped_only_when_no_member_reaches_the_bar()
    {
        var random = new Random(7);
        var (ids, entityIds) = (new TermIds(), new TermIds());
        var (skipped, kept) = (0, 0);
        for (var round = 0; round < 2_000; round++)
        {
            var story = new StoryMembers();
            var members = Enumerable.Range(0, random.Next(1, 8)).Select(_ => new ComparableSignature(RandomSignature(random), ids, entityIds)).ToList();
            members.ForEach(story.Add);
            var probe = new SimilarityProbe();
            probe.Load(new ComparableSignature(RandomSignature(random), ids, entityIds));
            var threshold = 0.1 + random.NextDouble() * 0.4;

            var anyReaches = members.Any(m => probe.Reaches(m, threshold));
            var mayReach = probe.MayReachAny(story, threshold);

            if (anyReaches)
            {
                mayReach.Should().BeTrue("round {0}: a member reaches {1}, so the story must not be skipped", round, threshold);
            }
            (skipped, kept) = mayReach ? (skipped, kept + 1) : (skipped + 1, kept);
        }
        skipped.Should().BeGreaterThan(100, "the bound should rule out some stories, or it is no use");
        kept.Should().BeGreaterThan(100);
    }

    [Fact]
    public void A_story_keeps_its_bound_through_a_merge()
    {
        var (ids, entityIds) = (new TermIds(), new TermIds());
        var day = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var floods = new StoryMembers();
        floods.Add(new ComparableSignature(new StorySignature([new("flood", 3), new("river", 2)], ["place:p1"], day), ids, entityIds));
        var strike = new StoryMembers();
        strike.Add(new ComparableSignature(new StorySignature([new("strike", 3), new("union", 2)], ["person:n1"], day), ids, entityIds));
        var probe = new SimilarityProbe();
        probe.Load(new ComparableSignature(new StorySignature([new("strike", 3), new("union", 2)], ["person:n1"], day), ids, entityIds));
        probe.MayReachAny(floods, StoryClusterer.JoinThreshold).Should().BeFalse();

        floods.Absorb(strike);

        probe.MayReachAny(floods, StoryClusterer.JoinThreshold).Should().BeTrue("the absorbed story's member is the article's twin");
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
