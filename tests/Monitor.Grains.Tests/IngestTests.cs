using Monitor.Contracts;

namespace Monitor.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class IngestTests(ClusterFixture fixture)
{
    [Fact]
    public async Task An_article_opens_a_story_that_holds_it()
    {
        var article = Articles.Fresh();

        var result = await fixture.Ingestor.IngestAsync(article);

        result.Outcome.Should().Be(IngestOutcome.Accepted);
        var story = await fixture.Grains.GetGrain<IStoryGrain>(result.StoryId!).View();
        story.Articles.Should().Equal(article.Id);
        story.Sources.Should().Equal(article.Source);
        story.Title.Should().Be(article.Title);
    }

    [Fact]
    public async Task The_same_article_twice_changes_nothing_and_emits_no_change()
    {
        var article = Articles.Fresh();
        var first = await fixture.Ingestor.IngestAsync(article);
        var topic = Topics.Story(first.StoryId!);
        var changesAfterFirst = await fixture.Journal.ReadChangesAsync(topic, 0, 100);

        var again = await fixture.Ingestor.IngestAsync(article);
        var sameTextOtherId = await fixture.Ingestor.IngestAsync(article with { Id = article.Id + "-copy" });

        again.Should().Be(new IngestResult(article.Id, IngestOutcome.Duplicate, first.StoryId, article.Id));
        sameTextOtherId.Outcome.Should().Be(IngestOutcome.Duplicate);
        sameTextOtherId.DuplicateOf.Should().Be(article.Id);
        (await fixture.Journal.ReadChangesAsync(topic, 0, 100)).Should().HaveCount(changesAfterFirst.Count);
        (await fixture.Grains.GetGrain<IStoryGrain>(first.StoryId!).View()).Articles.Should().ContainSingle();
    }

    [Fact]
    public async Task Every_change_is_numbered_in_its_topic_without_gaps()
    {
        var first = Articles.Fresh();
        var result = await fixture.Ingestor.IngestAsync(first);
        await fixture.Ingestor.IngestAsync(Articles.Retold(first, 1));

        var changes = await fixture.Journal.ReadChangesAsync(Topics.Story(result.StoryId!), 0, 100);

        changes.Should().NotBeEmpty();
        changes[0].Kind.Should().Be(ChangeKinds.StoryOpened);
        changes.Select(c => c.Sequence).Should().Equal(Enumerable.Range(1, changes.Count).Select(i => (long)i));
    }

    [Fact]
    public async Task A_source_knows_its_articles()
    {
        var source = "outlet-" + Guid.NewGuid().ToString("N");
        var article = Articles.Fresh(source);

        await fixture.Ingestor.IngestAsync(article);

        var view = await fixture.Grains.GetGrain<ISourceGrain>(source).View();
        view.Articles.Should().Equal(article.Id);
    }

    [Fact]
    public async Task Concurrent_posts_of_one_new_event_land_in_one_story()
    {
        var first = Articles.Fresh();
        var copies = Enumerable.Range(0, 40).Select(i => Articles.Retold(first, i)).ToList();

        var results = await Task.WhenAll(copies.Select(a => fixture.Ingestor.IngestAsync(a)));

        results.Select(r => r.StoryId).Distinct().Should().ContainSingle();
        var story = await fixture.Grains.GetGrain<IStoryGrain>(results[0].StoryId!).View();
        story.Articles.Should().HaveCount(copies.Count);
    }
}
