using System.Text.Json;
using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Grains.Tests;

/// <summary>Streams written before their events were tagged (an earlier Monitor's file) still load.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EarlierStreamTests(ClusterFixture fixture)
{
    private readonly ArticleAnalyzer _analyzer = new();

    [Fact]
    public async Task A_story_stream_of_bare_articles_loads_and_takes_new_articles()
    {
        var first = _analyzer.Analyze(Articles.Fresh());
        var storyId = "s-earlier-" + Guid.NewGuid().ToString("N");
        await fixture.Journal.CommitAsync("story:" + storyId, 0, [Bare(StoryArticle.From(first))], []);
        var story = fixture.Grains.GetGrain<IStoryGrain>(storyId);

        (await story.View()).Articles.Should().Equal(first.Id);

        var second = _analyzer.Analyze(Articles.Retold(Articles.Fresh(), 1));
        (await story.AddArticle(second)).Added.Should().BeTrue();
        await fixture.Cluster.DeactivateAsync(story);
        (await story.View()).Articles.Should().BeEquivalentTo([first.Id, second.Id], "the story came back from its stream, old and new events alike");
    }

    [Fact]
    public async Task An_entity_stream_of_bare_mentions_loads()
    {
        var article = _analyzer.Analyze(new ArticleInput("earlier-" + Guid.NewGuid().ToString("N"), "Earlier Wire", "t", "Mayor Pavotirek Susamelon spoke on Tuesday."));
        var mention = article.Entities.Single();
        var entityId = mention.Key + "-" + Guid.NewGuid().ToString("N");
        await fixture.Journal.CommitAsync("entity:" + entityId, 0, [Bare(new MentionInStory("s-earlier", article.Id, article.Source, article.NearDuplicateKey, mention))], []);

        var view = await fixture.Grains.GetGrain<IEntityGrain>(entityId).View();

        view.Articles.Should().Equal(article.Id);
        view.Stories.Should().Equal("s-earlier");
    }

    [Fact]
    public async Task An_entity_stream_of_one_event_per_mention_loads_and_takes_new_mentions()
    {
        var first = _analyzer.Analyze(new ArticleInput("earlier-" + Guid.NewGuid().ToString("N"), "Earlier Wire", "t", "Mayor Pavotirek Susamelon spoke on Tuesday."));
        var second = _analyzer.Analyze(new ArticleInput("later-" + Guid.NewGuid().ToString("N"), "Later Wire", "t", "Mayor Pavotirek Susamelon spoke again on Wednesday."));
        var entityId = first.Entities.Single().Key + "-" + Guid.NewGuid().ToString("N");
        var one = """{"event":"mention","mention":""" + Bare(InStory(first)) + "}";
        await fixture.Journal.CommitAsync("entity:" + entityId, 0, [one], []);
        var entity = fixture.Grains.GetGrain<IEntityGrain>(entityId);

        await entity.AddMentions([InStory(second)]);
        await fixture.Cluster.DeactivateAsync(entity);
        var view = await entity.View();

        view.Articles.Should().BeEquivalentTo([first.Id, second.Id], "the entity came back from its stream, old and new events alike");
        (await fixture.Journal.ReadStreamAsync("entity:" + entityId)).Should().HaveCount(2);
    }

    private static MentionInStory InStory(AnalyzedArticle article) =>
        new("s-earlier", article.Id, article.Source, article.NearDuplicateKey, article.Entities.Single());

    private static string Bare<T>(T value) => JsonSerializer.Serialize(value, MonitorJson.Options);
}
