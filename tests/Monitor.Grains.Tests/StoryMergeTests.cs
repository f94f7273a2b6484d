using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class StoryMergeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task An_article_that_tells_both_events_joins_one_and_glues_nothing()
    {
        var set = new BridgedEvents();
        var first = await fixture.Ingestor.IngestAsync(set.First[0]);
        await fixture.Ingestor.IngestAsync(set.First[1]);
        var second = await fixture.Ingestor.IngestAsync(set.Second[0]);
        second.StoryId.Should().NotBe(first.StoryId, "the two events share no words before the bridge arrives");

        var bridge = await fixture.Ingestor.IngestAsync(set.Bridge);
        var late = await fixture.Ingestor.IngestAsync(set.Second[1]);

        bridge.StoryId.Should().Be(first.StoryId, "its headline is the first event's");
        late.StoryId.Should().Be(second.StoryId);
        var stories = (await fixture.Snapshots.ReadAsync()).Stories.Select(s => s.Id);
        stories.Should().Contain([first.StoryId!, second.StoryId!]);
    }

    [Fact]
    public async Task A_re_clustering_moves_an_early_article_with_a_story_split_change_and_both_pages_stay()
    {
        var set = new BridgedEvents();
        // The article of both events comes first and the second event's articles join it; the first
        // event's articles then open a story of their own, and the re-clustering moves the bridge there.
        var held = await fixture.Ingestor.IngestAsync(set.SecondLedBridge);
        await fixture.Ingestor.IngestAsync(set.Second[0]);
        await fixture.Ingestor.IngestAsync(set.Second[1]);
        await fixture.Ingestor.IngestAsync(set.Second[2]);
        var first = await fixture.Ingestor.IngestAsync(set.First[0]);
        await fixture.Ingestor.IngestAsync(set.First[1]);
        await fixture.Ingestor.IngestAsync(set.First[2]);

        first.StoryId.Should().NotBe(held.StoryId);
        var left = await fixture.Grains.GetGrain<IStoryGrain>(held.StoryId!).View();
        left.Articles.Should().BeEquivalentTo([.. set.Second.Select(a => a.Id)], "the story keeps its id and the larger part");
        var joined = await fixture.Grains.GetGrain<IStoryGrain>(first.StoryId!).View();
        joined.Articles.Should().Contain(set.SecondLedBridge.Id);
        var changes = await fixture.Journal.ReadChangesAsync(Topics.Story(held.StoryId!), 0, 100_000);
        changes.Should().Contain(c => c.Kind == ChangeKinds.StorySplit && c.Payload.Contains(set.SecondLedBridge.Id));
        // An entity the story that gave the article up names nowhere else now lists only the story it went to.
        var analyzer = new ArticleAnalyzer();
        var others = set.Second.SelectMany(a => analyzer.Analyze(a).Entities).Select(e => e.Key).ToHashSet();
        var movedOnly = analyzer.Analyze(set.SecondLedBridge).Entities.Select(e => e.Key)
            .Where(k => !StoryPeople.IsLoneSurname(k) && !others.Contains(k)).ToList();
        movedOnly.Should().NotBeEmpty();
        foreach (var key in movedOnly)
        {
            (await fixture.Grains.GetGrain<IEntityGrain>(key).View()).Stories.Should().NotContain(held.StoryId!, $"{key} is named only in the article that moved");
        }
    }

    [Fact]
    public async Task An_article_moved_on_before_it_reached_its_story_is_sent_where_it_went()
    {
        var article = new ArticleAnalyzer().Analyze(Articles.Fresh());
        var (from, into) = ($"s-from-{Guid.NewGuid():N}", $"s-into-{Guid.NewGuid():N}");
        var story = fixture.Grains.GetGrain<IStoryGrain>(from);

        (await story.Release([article.Id], into)).Should().BeEmpty("the article has not arrived");
        var update = await story.AddArticle(article);

        update.Added.Should().BeFalse();
        update.MergedInto.Should().Be(into);
        (await story.View()).Articles.Should().NotContain(article.Id);
    }

    [Fact]
    public async Task An_article_moved_out_and_back_while_on_its_way_ends_where_the_later_move_put_it()
    {
        var article = new ArticleAnalyzer().Analyze(Articles.Fresh());
        var (first, second) = ($"s-first-{Guid.NewGuid():N}", $"s-second-{Guid.NewGuid():N}");
        await fixture.Grains.GetGrain<IStoryGrain>(first).Release([article.Id], second, at: 10);
        await fixture.Grains.GetGrain<IStoryGrain>(second).Release([article.Id], first, at: 20);

        var there = await fixture.Grains.GetGrain<IStoryGrain>(first).AddArticle(article);
        var back = await fixture.Grains.GetGrain<IStoryGrain>(second).AddArticle(article, there.MovedAt!.Value);
        var home = await fixture.Grains.GetGrain<IStoryGrain>(first).AddArticle(article, back.MovedAt!.Value);

        (there.MergedInto, there.MovedAt, back.MergedInto, back.MovedAt).Should().Be((second, 10L, first, 20L));
        home.Added.Should().BeTrue("the move back is the later one, so the first story's own move is stale");
    }

    [Fact]
    public async Task A_story_that_gave_up_articles_stamps_its_stances_past_those_it_gave_before()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var analyzer = new ArticleAnalyzer();
        AnalyzedArticle Told(string source, string text) => analyzer.Analyze(new ArticleInput(
            $"{source}-{tag}", $"{source} {tag}", $"Council {tag} closes library", text));
        var story = fixture.Grains.GetGrain<IStoryGrain>($"s-versions-{tag}");
        await story.AddArticle(Told("Herald", "Officials said the city council voted on Tuesday to shut the main library for good."));
        await story.AddArticle(Told("Courier", "After a long debate, members of the city council voted on Tuesday that the main library will close."));
        await story.AddArticle(Told("Gazette", "Readers protested outside as the city council voted on Tuesday to close its main library branch."));
        var before = (await story.Adopt([])).Stances;

        await story.Release([$"Gazette-{tag}"], $"s-elsewhere-{tag}");
        var after = (await story.Adopt([])).Stances;

        before.Should().Contain(s => s.Source == $"Herald {tag}" && s.Total > 0);
        after.Should().ContainSingle(s => s.Source == $"Herald {tag}")
            .Which.StoryVersion.Should().BeGreaterThan(before.Max(s => s.StoryVersion), "a source keeps the newest stance of a story, and this one is newer");
    }

    [Fact]
    public async Task Releasing_an_article_returns_it_for_the_story_it_goes_to()
    {
        var article = new ArticleAnalyzer().Analyze(Articles.Fresh());
        var story = fixture.Grains.GetGrain<IStoryGrain>($"s-from-{Guid.NewGuid():N}");
        await story.AddArticle(article);

        var released = await story.Release([article.Id], $"s-into-{Guid.NewGuid():N}");

        released.Select(a => a.Summary.Id).Should().Equal(article.Id);
        (await story.View()).Articles.Should().BeEmpty();
    }

    [Fact]
    public async Task Any_arrival_order_and_parallel_ingestion_give_the_same_stories()
    {
        var partitions = new List<string>();
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            var set = new BridgedEvents();
            var order = set.All.ToArray();
            new Random(seed).Shuffle(order);
            foreach (var article in order)
            {
                await fixture.Ingestor.IngestAsync(article);
            }
            partitions.Add(await PartitionAsync(set));
        }
        var parallel = new BridgedEvents();
        await Task.WhenAll(parallel.All.Select(a => fixture.Ingestor.IngestAsync(a)));
        partitions.Add(await PartitionAsync(parallel));

        partitions.Distinct().Should().ContainSingle().Which.Should().Be("0,1,3 | 2,4");
    }

    /// <summary>Which of the set's articles share a story, by position in <see cref="BridgedEvents.All"/>.</summary>
    private async Task<string> PartitionAsync(BridgedEvents set)
    {
        var storyOf = new List<string>();
        foreach (var article in set.All)
        {
            // Ingesting again changes nothing and answers the story that holds the article now.
            storyOf.Add((await fixture.Ingestor.IngestAsync(article)).StoryId!);
        }
        return string.Join(" | ", storyOf
            .Select((story, i) => (story, i))
            .GroupBy(p => p.story)
            .Select(g => string.Join(",", g.Select(p => p.i)))
            .Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Two made-up events told by two or three outlets each, and one article that tells both: alike to
    /// each story, it joins the one its headline tells.
    /// </summary>
    private sealed class BridgedEvents
    {
        private readonly string[] _a = Words();
        private readonly string[] _b = Words();
        private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

        public IReadOnlyList<ArticleInput> First => [Tell(_a, "first", 1), Tell(_a, "first", 2), Tell(_a, "first", 3)];

        public IReadOnlyList<ArticleInput> Second => [Tell(_b, "second", 1), Tell(_b, "second", 2), Tell(_b, "second", 3)];

        public ArticleInput Bridge => new($"bridge-{_tag}", $"Bridge Wire {_tag}", $"{_a[0]} {_a[1]} of {_a[2]}", Body(_a) + " " + Body(_a) + $" {_b[0]} {_b[1]} of {_b[2]} said Mayor {_b[3]} {_b[4]}.");

        /// <summary>An article that tells the first event fully and touches the second, under the second's headline.</summary>
        public ArticleInput SecondLedBridge => new($"led-{_tag}", $"Led Wire {_tag}", $"{_b[0]} {_b[1]}", Body(_a) + " " + Body(_a) + $" {_b[0]} {_b[1]} of {_b[2]}.");

        public IReadOnlyList<ArticleInput> All => [First[0], First[1], Second[0], Bridge, Second[1]];

        /// <summary>The second event's mayor, as the engine keys them.</summary>
        public string SecondEventEntity => new ArticleAnalyzer().Analyze(Second[0]).Entities.Single(e => e.Name == $"{_b[3]} {_b[4]}").Key;

        private ArticleInput Tell(string[] w, string name, int n) =>
            new($"{name}-{n}-{_tag}", $"Outlet {n} {_tag}", $"{w[0]} {w[1]} of {w[2]}", Body(w) + $" {w[4 + n]} {w[7]}.");

        private static string Body(string[] w) =>
            $"{w[0]} {w[1]} of {w[2]} said Mayor {w[3]} {w[4]} was {w[5].ToLowerInvariant()} in {w[6]}. {w[7]} {w[3]} {w[4]} {w[5].ToLowerInvariant()}.";

        private static string[] Words() => [.. Enumerable.Range(0, 8).Select(_ => Articles.Word())];
    }
}
