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
        var update = await grains.GetGrain<IStoryGrain>(decision.StoryId).AddArticle(article);
        var stances = update.Stances.ToDictionary(s => s.Source, StringComparer.Ordinal);
        var work = article.Entities
            .Select(e => grains.GetGrain<IEntityGrain>(e.Key)
                .AddMention(new MentionInStory(decision.StoryId, article.Id, article.Source, article.NearDuplicateKey, e)))
            .Append(grains.GetGrain<ISourceGrain>(article.Source).AddArticle(article.Id, decision.StoryId, stances.GetValueOrDefault(article.Source)))
            .Concat(stances.Values
                .Where(s => s.Source != article.Source)
                .Select(s => grains.GetGrain<ISourceGrain>(s.Source).AddArticle(null!, decision.StoryId, s)));
        await Task.WhenAll(work);
        return new IngestResult(article.Id, IngestOutcome.Accepted, decision.StoryId);
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
