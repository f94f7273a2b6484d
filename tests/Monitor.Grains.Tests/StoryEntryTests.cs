using Monitor.Contracts;

namespace Monitor.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class StoryEntryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_story_list_entry_tells_what_the_story_page_tells()
    {
        var first = Articles.Fresh();
        var result = await fixture.Ingestor.IngestAsync(first);
        await fixture.Ingestor.IngestAsync(Articles.Retold(first, 1));
        var story = fixture.Grains.GetGrain<IStoryGrain>(result.StoryId!);

        var entry = await story.Entry();
        var detail = await story.Detail();

        entry.Should().BeEquivalentTo(new
        {
            detail.Story.Title,
            Sources = detail.Story.Sources.Count,
            Divergences = detail.Story.Divergences.Count,
            detail.Articles,
            detail.Entities,
            MergedInto = (string?)null,
        }, o => o.WithStrictOrdering());
        entry.Articles.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_merged_story_entry_says_where_it_went()
    {
        var (from, into) = ($"s-from-{Guid.NewGuid():N}", $"s-into-{Guid.NewGuid():N}");
        var story = fixture.Grains.GetGrain<IStoryGrain>(from);

        await story.Retire(into);

        (await story.Entry()).MergedInto.Should().Be(into);
    }
}
