using Microsoft.Extensions.DependencyInjection;
using Monitor.Contracts;

namespace Monitor.Grains.Tests;

/// <summary>The dedupe keys live in the index's durable record: they outlive the cluster, and a duplicate leaves no trace.</summary>
public sealed class DedupeKeyTests : IDisposable
{
    private readonly string _file = FreshCluster.NewFile();

    [Fact]
    public async Task A_copy_under_another_id_is_a_duplicate_after_the_cluster_restarts_on_the_same_file()
    {
        var article = Articles.Fresh() with { Url = "https://news.example/2025/07/18/story?utm_source=feed" };
        await using (var first = await FreshCluster.StartAsync(1, _file))
        {
            (await Ingestor(first).IngestAsync(article)).Outcome.Should().Be(IngestOutcome.Accepted);
            await first.StopAllSilosAsync();
        }

        await using var again = await FreshCluster.StartAsync(1, _file);
        var sameUrl = await Ingestor(again).IngestAsync(Articles.Fresh() with { Url = "https://NEWS.example/2025/07/18/story/" });
        var sameText = await Ingestor(again).IngestAsync(article with { Id = article.Id + "-copy", Url = null });

        sameUrl.Should().Be(new IngestResult(sameUrl.ArticleId, IngestOutcome.Duplicate, null, article.Id));
        sameText.Should().Be(new IngestResult(sameText.ArticleId, IngestOutcome.Duplicate, null, article.Id));
        var stories = await again.Client.GetGrain<IStoryIndexGrain>(IStoryIndexGrain.Default).StoryIds();
        stories.Should().ContainSingle("a duplicate opens no story of its own");
    }

    [Fact]
    public async Task Of_two_copies_arriving_together_one_is_accepted_and_the_other_names_it()
    {
        await using var cluster = await FreshCluster.StartAsync(1, _file);
        var article = Articles.Fresh();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Ingestor(cluster).IngestAsync(article with { Id = $"{article.Id}-{i}" })));

        var accepted = results.Should().ContainSingle(r => r.Outcome == IngestOutcome.Accepted).Subject;
        results.Where(r => r != accepted).Should().OnlyContain(r => r.Outcome == IngestOutcome.Duplicate && r.DuplicateOf == accepted.ArticleId);
    }

    [Fact]
    public async Task A_known_id_is_a_duplicate_with_its_text_and_refused_with_another_after_a_restart()
    {
        var article = Articles.Fresh();
        await using (var first = await FreshCluster.StartAsync(1, _file))
        {
            await Ingestor(first).IngestAsync(article);
            await first.StopAllSilosAsync();
        }

        await using var again = await FreshCluster.StartAsync(1, _file);
        var same = await Ingestor(again).IngestAsync(article);
        var changed = await Ingestor(again).IngestAsync(article with { Text = article.Text + " A sentence added later." });

        (same.Outcome, same.DuplicateOf).Should().Be((IngestOutcome.Duplicate, article.Id));
        changed.Outcome.Should().Be(IngestOutcome.Refused);
        changed.Reason.Should().Contain("another text");
    }

    public void Dispose() => FreshCluster.Delete(_file);

    private static ArticleIngestor Ingestor(Orleans.TestingHost.InProcessTestCluster cluster) =>
        cluster.Client.ServiceProvider.GetRequiredService<ArticleIngestor>();
}
