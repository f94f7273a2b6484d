using System.Text.Json;
using Monitor.Analysis;
using Monitor.Contracts;
using Orleans.Core.Internal;

namespace Monitor.Grains.Tests;

/// <summary>A story's summary is paced like an entity's: its opening goes at once, a burst of articles ends with one summary counting them all.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StorySummaryTests(ClusterFixture fixture)
{
    private const int Burst = 10;

    [Fact]
    public async Task A_burst_of_articles_opens_the_story_at_once_and_ends_with_a_summary_that_counts_them_all()
    {
        var storyId = "s-" + Guid.NewGuid().ToString("N");
        var story = fixture.Grains.GetGrain<IStoryGrain>(storyId);
        var summaries = new SummaryWatcher(Topics.Story(storyId), Count);
        var reference = fixture.Cluster.Client.CreateObjectReference<IChangeObserver>(summaries);
        await fixture.Grains.GetGrain<IChangeHubGrain>(0).Subscribe(reference);
        var analyzer = new ArticleAnalyzer();
        var first = Articles.Fresh();

        // Calls in a row: the opening goes at once; the summaries after it, within its interval, are held and go as one.
        for (var n = 0; n < Burst; n++)
        {
            await story.AddArticle(analyzer.Analyze(n == 0 ? first : Articles.Retold(first, n)));
        }
        var pushed = await summaries.UntilArticles(Burst).WaitAsync(TimeSpan.FromSeconds(30));

        pushed[0].Should().Be((ChangeKinds.StoryOpened, 1));
        pushed.Skip(1).Should().OnlyContain(s => s.Kind == ChangeKinds.StoryUpdated);
        pushed.Select(s => s.Articles).Should().BeInAscendingOrder().And.EndWith(Burst);
        pushed.Should().HaveCountLessThan(Burst, "summaries within an interval are held and go as one");
        var stored = await fixture.Journal.ReadChangesAsync(Topics.Story(storyId), 0, 100);
        stored.Where(c => Count(c) is not null).Select(c => (c.Kind, Count(c)!.Value))
            .Should().Equal(pushed, "every summary pushed was stored first");
        await fixture.Grains.GetGrain<IChangeHubGrain>(0).Unsubscribe(reference);
    }

    [Fact]
    public async Task A_story_merged_while_its_summary_is_held_says_nothing_after_the_merge()
    {
        var storyId = "s-" + Guid.NewGuid().ToString("N");
        var story = fixture.Grains.GetGrain<IStoryGrain>(storyId);
        var analyzer = new ArticleAnalyzer();
        var first = Articles.Fresh();
        for (var n = 0; n < Burst; n++)
        {
            await story.AddArticle(analyzer.Analyze(n == 0 ? first : Articles.Retold(first, n)));
        }

        await story.Retire("s-" + Guid.NewGuid().ToString("N"));
        // Going away flushes what is held; a call after that reaches a new activation, so the old one is gone.
        await story.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        (await story.View()).Articles.Should().HaveCount(Burst);

        var stored = await fixture.Journal.ReadChangesAsync(Topics.Story(storyId), 0, 100);
        stored[^1].Kind.Should().Be(ChangeKinds.StoryMerged, "nothing of the story follows its merge");
    }

    private static int? Count(Change change) =>
        change.Kind is ChangeKinds.StoryOpened or ChangeKinds.StoryUpdated
            ? JsonSerializer.Deserialize<StorySummary>(change.Payload, MonitorJson.Options)!.Articles
            : null;
}
