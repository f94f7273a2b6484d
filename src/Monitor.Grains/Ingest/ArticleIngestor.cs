using System.Diagnostics;
using Monitor.Analysis;
using Monitor.Contracts;
using Polly;

namespace Monitor.Grains;

/// <summary>
/// The ingest step of DESIGN.md: analyse, dedupe, let the story index decide, then update the story,
/// entity and source grains. It calls every grain it needs and no grain calls back, so there is no
/// call cycle. Each step is idempotent by article id, so a retry after a crash completes the work.
/// </summary>
public sealed class ArticleIngestor(IGrainFactory grains, ArticleAnalyzer analyzer, TimeProvider time)
{
    private const int MaxMergeHops = 32;
    private readonly ResiliencePipeline _retry = IngestRetry.Create(time);

    public async Task<IngestResult> IngestAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        using var activity = MonitorTelemetry.Source.StartActivity("monitor.ingest");
        var started = Stopwatch.GetTimestamp();
        var article = analyzer.Analyze(input);
        MonitorTelemetry.AnalysisTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var result = await _retry.ExecuteAsync(async _ => await IngestAsync(article), cancellationToken);
        MonitorTelemetry.ArticlesIngested.Add(1, new KeyValuePair<string, object?>("outcome", result.Outcome == IngestOutcome.Accepted ? "accepted" : "duplicate"));
        return result;
    }

    private async Task<IngestResult> IngestAsync(AnalyzedArticle article)
    {
        if (await FirstOwnerAsync(article) is { } owner && owner != article.Id)
        {
            return new IngestResult(article.Id, IngestOutcome.Duplicate, null, owner);
        }
        var decision = await grains.GetGrain<IStoryIndexGrain>(IStoryIndexGrain.Default).Assign(article.Id, article.Signature);
        var storyId = decision.StoryId;
        foreach (var absorbed in decision.Merged)
        {
            storyId = await MergeAsync(storyId, absorbed);
        }
        var update = await grains.GetGrain<IStoryGrain>(storyId).AddArticle(article);
        for (var hops = 0; update.MergedInto is { } next; hops++)
        {
            // Merged by a parallel ingest since the index decided: the article follows its story.
            EnsureShortChain(hops);
            storyId = next;
            update = await grains.GetGrain<IStoryGrain>(storyId).AddArticle(article);
        }
        var stances = update.Stances.ToDictionary(s => s.Source, StringComparer.Ordinal);
        var work = article.Entities
            .Select(e => grains.GetGrain<IEntityGrain>(e.Key)
                .AddMention(new MentionInStory(storyId, article.Id, article.Source, article.NearDuplicateKey, e)))
            .Append(grains.GetGrain<ISourceGrain>(article.Source).AddArticle(article.Id, storyId, stances.GetValueOrDefault(article.Source)))
            .Concat(stances.Values
                .Where(s => s.Source != article.Source)
                .Select(s => grains.GetGrain<ISourceGrain>(s.Source).AddArticle(null!, storyId, s)));
        await Task.WhenAll(work);
        return new IngestResult(article.Id, IngestOutcome.Accepted, storyId);
    }

    /// <summary>
    /// Moves an absorbed story's articles into the survivor, then files its entities' mentions and its
    /// sources' stances under the survivor. Every step is idempotent, so a retry finishes a torn merge.
    /// </summary>
    private async Task<string> MergeAsync(string survivor, string absorbed)
    {
        var merge = await grains.GetGrain<IStoryGrain>(survivor).Absorb(absorbed);
        for (var hops = 0; merge.MergedInto is { } next; hops++)
        {
            EnsureShortChain(hops);
            survivor = next;
            merge = await grains.GetGrain<IStoryGrain>(survivor).Absorb(absorbed);
        }
        await Task.WhenAll(merge.Entities
            .Select(e => grains.GetGrain<IEntityGrain>(e).MoveStory(absorbed, survivor))
            .Concat(merge.Sources.Select(s => grains.GetGrain<ISourceGrain>(s).RetireStory(absorbed))));
        return survivor;
    }

    private static void EnsureShortChain(int hops)
    {
        if (hops >= MaxMergeHops)
        {
            throw new InvalidOperationException($"A story was merged more than {MaxMergeHops} times while one article was ingested.");
        }
    }

    /// <summary>The article that first claimed any of this article's keys (id, canonical URL, content hash).</summary>
    private async Task<string?> FirstOwnerAsync(AnalyzedArticle article)
    {
        foreach (var key in ArticleKeys.For(article))
        {
            var owner = await grains.GetGrain<IArticleKeyGrain>(key).Claim(article.Id);
            if (owner != article.Id)
            {
                return owner;
            }
        }
        return article.Id;
    }
}
