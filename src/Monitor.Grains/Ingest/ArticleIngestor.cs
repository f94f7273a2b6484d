using System.Diagnostics;
using System.Runtime.CompilerServices;
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
    private readonly EntityMentionSender _mentions = new(grains);
    private readonly GrainReferences<IStoryIndexGrain> _indexes = new(grains);
    private readonly GrainReferences<IStoryGrain> _stories = new(grains);
    private readonly GrainReferences<ISourceGrain> _sources = new(grains);

    public async Task<IngestResult> IngestAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        using var activity = MonitorTelemetry.Source.StartActivity("monitor.ingest");
        return await IngestAnalysedAsync(Analyze(input), cancellationToken);
    }

    /// <summary>Ingests an article analysed already: a batch analyses its lines first, to see which may be one text.</summary>
    public async Task<IngestResult> IngestAsync(AnalyzedArticle article, CancellationToken cancellationToken = default)
    {
        using var activity = MonitorTelemetry.Source.StartActivity("monitor.ingest");
        return await IngestAnalysedAsync(article, cancellationToken);
    }

    public AnalyzedArticle Analyze(ArticleInput input)
    {
        var started = Stopwatch.GetTimestamp();
        var article = analyzer.Analyze(input);
        MonitorTelemetry.AnalysisTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return article;
    }

    private async Task<IngestResult> IngestAnalysedAsync(AnalyzedArticle article, CancellationToken cancellationToken)
    {
        // Whether an attempt of this call had the index decide: a retry then finishes this article's own work,
        // and it is accepted, not a duplicate of itself.
        var decided = new StrongBox<bool>();
        var result = await _retry.ExecuteAsync(async _ => await StepsAsync(article, decided), cancellationToken);
        MonitorTelemetry.ArticlesIngested.Add(1, new KeyValuePair<string, object?>("outcome", result.Outcome.ToString().ToLowerInvariant()));
        return result;
    }

    private async Task<IngestResult> StepsAsync(AnalyzedArticle article, StrongBox<bool> decided)
    {
        var assignment = await _indexes[IStoryIndexGrain.Default].Assign(article.Id, [.. ArticleKeys.For(article)], article.Signature);
        if (assignment.TextChanged)
        {
            return IngestResult.Refuse(article.Id, "This id holds another text already; an article is not changed in place: send the new text under a new id.");
        }
        if (assignment.Decision is not { } decision)
        {
            return new IngestResult(article.Id, IngestOutcome.Duplicate, null, assignment.DuplicateOf);
        }
        decided.Value |= !assignment.Repeated;
        var storyId = decision.StoryId;
        foreach (var absorbed in decision.Merged)
        {
            storyId = await MergeAsync(storyId, absorbed);
        }
        // What the index's re-clustering changed first, in its order: a story emptied is merged, else split.
        foreach (var regroup in decision.Regroups)
        {
            if (regroup.Merged)
            {
                await MergeAsync(regroup.To, regroup.From, regroup.At);
            }
            else
            {
                await SplitAsync(regroup);
            }
        }
        // Merged by a parallel ingest since the index decided: the article follows its story.
        (storyId, var update) = await FollowAsync(storyId, (story, after) => story.AddArticle(article, after));
        var stances = update.Stances.ToDictionary(s => s.Source, StringComparer.Ordinal);
        // The story files lone surnames under its full names, holds those it has none for yet, and releases earlier ones.
        var work = article.Entities
            .Select((e, i) => update.EntityKeys is { } keys ? keys[i] is { } key ? e with { Key = key } : null : e)
            .OfType<EntityMention>()
            .Select(e => new MentionInStory(storyId, article.Id, article.Source, article.NearDuplicateKey, e))
            .Concat(update.Released ?? [])
            .Select(m => _mentions.SendAsync(m.Mention.Key, m))
            .Append(_sources[article.Source].AddArticle(article.Id, storyId, stances.GetValueOrDefault(article.Source)))
            .Concat(stances.Values
                .Where(s => s.Source != article.Source)
                .Select(s => _sources[s.Source].AddArticle(null!, storyId, s)));
        await Task.WhenAll(work);
        // A repeated id still went through every step: they are idempotent, and they finish a crashed first ingest.
        return decided.Value ? new IngestResult(article.Id, IngestOutcome.Accepted, storyId) : new IngestResult(article.Id, IngestOutcome.Duplicate, storyId, article.Id);
    }

    /// <summary>
    /// Moves an absorbed story's articles into the survivor, then files its entities' mentions and its
    /// sources' stances under the survivor. Every step is idempotent, so a retry finishes a torn merge.
    /// </summary>
    private async Task<string> MergeAsync(string survivor, string absorbed, long at = 0)
    {
        var from = _stories[absorbed];
        // Copy first, then retire it and copy what reached it meanwhile: a crash in between loses no article.
        var copied = await from.Articles();
        (survivor, _) = await FollowAsync(survivor, (story, _) => story.Adopt(copied));
        var all = await from.Retire(survivor, at);
        (survivor, _) = await FollowAsync(survivor, (story, _) => story.Adopt(all));
        // The keys the absorbed story filed its mentions under: a lone surname's or a middle initial's is not the article's own.
        var entities = await from.EntityKeys([.. all.Select(a => a.Summary.Id)]);
        await Task.WhenAll(entities.SelectMany(a => a.Keys).Distinct(StringComparer.Ordinal)
            .Select(e => grains.GetGrain<IEntityGrain>(e).MoveStory(absorbed, survivor))
            .Concat(all.Select(a => a.Summary.Source).Distinct(StringComparer.Ordinal)
                .Select(s => _sources[s].RetireStory(absorbed))));
        return survivor;
    }

    /// <summary>
    /// Moves some articles of a story to another: copied first, then released with a story.split, so a
    /// crash in between loses no article and a retry finishes the move; what reached the story between
    /// the copy and the release is adopted after, and an article still on its way is sent on when it arrives.
    /// </summary>
    private async Task SplitAsync(StoryRegroup regroup)
    {
        var moving = regroup.Articles.ToHashSet(StringComparer.Ordinal);
        var (from, _) = await FollowAsync(regroup.From, (story, _) => story.Adopt([]));
        var articles = (await _stories[from].Articles()).Where(a => moving.Contains(a.Summary.Id)).ToList();
        var (into, _) = await FollowAsync(regroup.To, (story, _) => story.Adopt(articles));
        var filed = await _stories[from].EntityKeys(regroup.Articles);
        var released = await _stories[from].Release(regroup.Articles, into, regroup.At);
        var copied = articles.Select(a => a.Summary.Id).ToHashSet(StringComparer.Ordinal);
        var (_, joined) = await FollowAsync(into, (story, _) => story.Adopt(released.Where(a => !copied.Contains(a.Summary.Id)).ToList()));
        var (_, left) = await FollowAsync(from, (story, _) => story.Adopt([]));
        var moved = articles.Concat(released).DistinctBy(a => a.Summary.Id).ToList();
        await Task.WhenAll(filed
            .SelectMany(a => a.Keys.Select(e => (Entity: e, Article: a.ArticleId)))
            .GroupBy(m => m.Entity, StringComparer.Ordinal)
            .Select(g => grains.GetGrain<IEntityGrain>(g.Key).MoveArticles([.. g.Select(m => m.Article).Distinct(StringComparer.Ordinal)], into)));
        await SendStancesAsync(from, left.Stances, moved.Select(a => a.Summary.Source));
        await SendStancesAsync(into, joined.Stances, []);
    }

    /// <summary>
    /// Gives each source its stance in a story as the story is now; a source among <paramref name="gone"/> with no
    /// stance left there is told "none of none".
    /// </summary>
    private async Task SendStancesAsync(string storyId, IReadOnlyList<SourceStance> stances, IEnumerable<string> gone)
    {
        var version = stances.Count > 0 ? stances.Max(s => s.StoryVersion) : (int?)null;
        var none = version is { } v
            ? gone.Distinct(StringComparer.Ordinal).Where(g => !stances.Any(s => s.Source == g)).Select(g => new SourceStance(g, 0, 0, v))
            : [];
        await Task.WhenAll(stances.Concat(none).Select(s => _sources[s.Source].AddArticle(null!, storyId, s)));
    }

    /// <summary>
    /// Calls a story, following it wherever it was merged or the article moved meanwhile; returns the story that
    /// answered. A move older than one already followed is stale (the article was moved back since), so
    /// <paramref name="call"/> is given the latest move followed.
    /// </summary>
    private async Task<(string StoryId, StoryUpdate Update)> FollowAsync(string storyId, Func<IStoryGrain, long, Task<StoryUpdate>> call)
    {
        long after = 0;
        var update = await call(_stories[storyId], after);
        var path = new List<string> { storyId };
        for (var hops = 0; update.MergedInto is { } next; hops++)
        {
            path.Add($"{next}@{update.MovedAt}");
            if (hops >= MaxMergeHops)
            {
                throw new InvalidOperationException($"A story call was sent on more than {MaxMergeHops} times: {string.Join(" > ", path)}.");
            }
            (storyId, after) = (next, Math.Max(after, update.MovedAt ?? after));
            update = await call(_stories[storyId], after);
        }
        return (storyId, update);
    }
}
