using Monitor.Analysis;
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
            Divergences = detail.Story.Divergences.Count(d => d.Level == DivergenceLevel.Hard),
            detail.Articles,
            detail.Entities,
            MergedInto = (string?)null,
        }, o => o.WithStrictOrdering());
        entry.Articles.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_story_tells_the_keys_it_filed_an_articles_mentions_under()
    {
        var (given, surname) = ("Margaret", Cap(Articles.Word()));
        var first = Articles.Fresh();
        var named = first with { Text = $"{given} R. {surname} spoke on Monday. " + first.Text };
        var result = await fixture.Ingestor.IngestAsync(named);
        var later = Articles.Retold(first, 1) with { Text = $"On Tuesday, Mr. {surname} spoke again. " + first.Text };
        await fixture.Ingestor.IngestAsync(later);
        var person = $"person:{given.ToLowerInvariant()}.{surname.ToLowerInvariant()}";

        var keys = await fixture.Grains.GetGrain<IStoryGrain>(result.StoryId!).EntityKeys([named.Id, later.Id]);

        keys.Should().HaveCount(2);
        keys.Should().OnlyContain(a => a.Keys.Contains(person), "a middle initial the story need not tell apart, and a lone surname, are filed under the full name");
        keys.SelectMany(a => a.Keys).Should().NotContain(k => k.Contains('~') || k == "person:" + surname.ToLowerInvariant());
    }

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [Fact]
    public async Task A_merged_story_entry_says_where_it_went()
    {
        var (from, into) = ($"s-from-{Guid.NewGuid():N}", $"s-into-{Guid.NewGuid():N}");
        var story = fixture.Grains.GetGrain<IStoryGrain>(from);

        await story.Retire(into);

        (await story.Entry()).MergedInto.Should().Be(into);
    }
}
