using Monitor.Contracts;

namespace Monitor.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ActivationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_quiet_story_deactivates_and_comes_back_intact()
    {
        var first = Articles.Fresh();
        var result = await fixture.Ingestor.IngestAsync(first);
        await fixture.Ingestor.IngestAsync(Articles.Retold(first, 1));
        var story = fixture.Grains.GetGrain<IStoryGrain>(result.StoryId!);
        var before = await story.Detail();

        await fixture.Cluster.DeactivateAsync(story);
        var after = await story.Detail();

        after.Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
        after.Story.Articles.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_story_that_came_back_still_ignores_an_article_it_has()
    {
        var article = Articles.Fresh();
        var result = await fixture.Ingestor.IngestAsync(article);
        var story = fixture.Grains.GetGrain<IStoryGrain>(result.StoryId!);
        await fixture.Cluster.DeactivateAsync(story);

        var again = await fixture.Ingestor.IngestAsync(article);

        again.Should().Be(result with { Outcome = IngestOutcome.Duplicate, DuplicateOf = article.Id });
        (await fixture.Journal.ReadStreamAsync("story:" + result.StoryId)).Should().ContainSingle();
    }
}
