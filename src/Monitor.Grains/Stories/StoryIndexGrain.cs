using System.Collections.Immutable;
using System.Diagnostics;
using Monitor.Analysis;
using Monitor.Contracts;
using Orleans.Concurrency;

namespace Monitor.Grains;

/// <summary>
/// Holds the live stories' signatures and decides join or open, one article at a time, with what the
/// periodic re-clustering of the recent window moved (see <see cref="StoryClusterer"/>); and
/// holds the dedupe keys, so a duplicate costs one call and leaves no trace (no grain per key).
/// </summary>
[Reentrant]
public sealed class StoryIndexGrain(IJournal journal, IServiceProvider services) : Grain, IStoryIndexGrain
{
    // The thresholds fitted on the development sets, unless the silo was given others.
    private readonly StoryClusterer _clusterer = new(services.GetService(typeof(StoryClustering)) as StoryClustering);
    private readonly Dictionary<string, StoryDecision> _decisionByArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergedInto = new(StringComparer.Ordinal);
    // Where a re-clustering moved an article last; an article not in it is where its decision put it.
    private readonly Dictionary<string, string> _movedTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _textKeyOf = new(StringComparer.Ordinal);
    private EventStream<StoryAssigned> _stream = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventStream<StoryAssigned>(journal, "index:" + this.GetPrimaryKeyString(), this);
        foreach (var assigned in await _stream.LoadAsync(cancellationToken))
        {
            Replay(assigned);
        }
    }

    public async Task<Assignment> Assign(string articleId, ImmutableArray<string> keys, StorySignature signature)
    {
        if (_decisionByArticle.TryGetValue(articleId, out var first))
        {
            // A retry finishes the first decision's merges, in the story that holds the article now.
            await _stream.WhenDurable;
            return ArticleKeys.Text(keys) is { } text && _textKeyOf.TryGetValue(articleId, out var known) && text != known
                ? new Assignment(null, articleId, TextChanged: true)
                : new Assignment(first with { StoryId = Current(_movedTo.GetValueOrDefault(articleId, first.StoryId)), IsNew = false }, articleId, Repeated: true);
        }
        foreach (var key in keys)
        {
            if (_keyOwners.TryGetValue(key, out var owner))
            {
                // The owner's record may still be on its way to the journal: answer once it is there.
                await _stream.WhenDurable;
                return new Assignment(null, owner);
            }
        }
        var started = Stopwatch.GetTimestamp();
        var decision = _clusterer.Assign(articleId, signature);
        MonitorTelemetry.IndexDecisionTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var assigned = new StoryAssigned(articleId, decision, signature, keys);
        // Noted before the commit: the next Assign may run while this one's commit is in flight.
        Note(assigned);
        await _stream.CommitAsync(assigned, []);
        return new Assignment(decision);
    }

    public Task<IReadOnlyList<string>> StoryIds() =>
        Task.FromResult<IReadOnlyList<string>>([.. _clusterer.StoryIds.Order(StringComparer.Ordinal)]);

    private void Replay(StoryAssigned assigned)
    {
        _clusterer.Apply(assigned.ArticleId, assigned.Decision, assigned.Signature);
        Note(assigned);
    }

    private void Note(StoryAssigned assigned)
    {
        _decisionByArticle[assigned.ArticleId] = assigned.Decision;
        foreach (var absorbed in assigned.Decision.Merged)
        {
            _mergedInto[absorbed] = assigned.Decision.StoryId;
        }
        foreach (var regroup in assigned.Decision.Regroups)
        {
            foreach (var moved in regroup.Articles)
            {
                _movedTo[moved] = regroup.To;
            }
            if (regroup.Merged)
            {
                _mergedInto[regroup.From] = regroup.To;
            }
        }
        _movedTo.Remove(assigned.ArticleId);
        foreach (var key in assigned.Keys ?? [])
        {
            _keyOwners.TryAdd(key, assigned.ArticleId);
        }
        if (ArticleKeys.Text(assigned.Keys ?? []) is { } text)
        {
            _textKeyOf[assigned.ArticleId] = text;
        }
    }

    private string Current(string storyId)
    {
        while (_mergedInto.TryGetValue(storyId, out var next))
        {
            storyId = next;
        }
        return storyId;
    }
}

/// <summary>An article's decision, with the dedupe keys it claimed (none in records written before the index held them).</summary>
internal sealed record StoryAssigned(string ArticleId, StoryDecision Decision, StorySignature Signature, IReadOnlyList<string>? Keys = null);
