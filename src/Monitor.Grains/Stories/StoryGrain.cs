using System.Diagnostics;
using Monitor.Analysis;
using Monitor.Contracts;
using Orleans.Concurrency;

namespace Monitor.Grains;

/// <summary>
/// One story: its articles and claim ledger. The state is its event stream (one event an article),
/// so adding an article writes that article only, however large the story has grown. A story merged
/// into another keeps its articles for the record and sends newcomers on. Its summary (story.updated)
/// is paced like an entity's (<see cref="PacedSummary"/>); its opening, its ledger changes and its
/// merge never wait.
/// </summary>
[Reentrant]
public sealed class StoryGrain(IJournal journal, TimeProvider time) : Grain, IStoryGrain
{
    private StoryState _state = new();
    private EventStream<StoryEvent> _stream = null!;
    private PacedSummary _summary = null!;
    private string? _mergedInto;
    private long _mergedAt;
    // Articles a re-clustering moved on, by where they went and when: one arriving late is sent there.
    private readonly Dictionary<string, (string Into, long At)> _sentOn = new(StringComparer.Ordinal);

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventStream<StoryEvent>(journal, "story:" + Id, this, StoryEvent.Untagged);
        _summary = new PacedSummary(this, time, SummaryPacer.StoryInterval, SendSummaryAsync);
        foreach (var @event in await _stream.LoadAsync(cancellationToken))
        {
            Apply(@event);
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _stream.IsBroken ? Task.CompletedTask : _summary.FlushAsync(reason);

    public async Task<StoryUpdate> AddArticle(AnalyzedArticle article, long after = 0)
    {
        if (_mergedInto is not null)
        {
            return new StoryUpdate(false, [], _mergedInto, MovedAt: _mergedAt);
        }
        if (_sentOn.TryGetValue(article.Id, out var sentOn) && sentOn.At >= after)
        {
            await _stream.WhenDurable;
            return new StoryUpdate(false, [], sentOn.Into, MovedAt: sentOn.At);
        }
        if (_state.Contains(article.Id))
        {
            await _stream.WhenDurable;
            return new StoryUpdate(false, _state.Ledger.Stances(), EntityKeys: _state.Filed([.. article.Entities.Select(e => e.Key)]));
        }
        var started = Stopwatch.GetTimestamp();
        _state.Ledger.WatchStances();
        // The article is in the state once AddAsync returns its task; the stances it moved and the people it
        // named are read before awaiting the commit, while no other call on this reentrant grain can have run.
        var commit = AddAsync(StoryArticle.From(article));
        var moved = _state.Ledger.MovedStances();
        var people = _state.People;
        await commit;
        MonitorTelemetry.StoryUpdateTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new StoryUpdate(true, moved, EntityKeys: people.Keys,
            Released: [.. people.Released.Select(h => new MentionInStory(Id, h.ArticleId, h.Source, h.NearDuplicateKey, h.Mention))]);
    }

    public async Task<StoryUpdate> Adopt(IReadOnlyList<StoryArticle> articles)
    {
        if (_mergedInto is not null)
        {
            return new StoryUpdate(false, [], _mergedInto);
        }
        // Every article enters the state before the first await, so a Retire interleaving on this
        // reentrant grain returns them all; their commits go to the journal as one batch.
        var commits = articles.Where(a => !_state.Contains(a.Summary.Id)).Select(AddAsync).ToList();
        await Task.WhenAll(commits);
        await _stream.WhenDurable;
        return new StoryUpdate(commits.Count > 0, _state.Ledger.Stances());
    }

    public Task<IReadOnlyList<StoryArticle>> Articles() => Task.FromResult(_state.Articles);

    public async Task<IReadOnlyList<StoryArticle>> Retire(string into, long at = 0)
    {
        if (_mergedInto is null)
        {
            var @event = new StoryRetired(into, at);
            var payload = MonitorJson.Serialize(new StoryMerged(Id, into, _state.Title));
            // Applied first: an article arriving while this commit is in flight must already be sent on.
            Apply(@event);
            // Its articles and their counts go to the story it joins: a summary held now would land after
            // the merge, and a dashboard would list the merged story again.
            _summary.Drop();
            var stored = await _stream.CommitAsync(@event, [new ChangeDraft(ChangeKinds.StoryMerged, [Topics.All, Topics.Story(Id)], payload)]);
            ChangePublisher.For(GrainFactory).Publish(stored);
        }
        await _stream.WhenDurable;
        return _state.Articles;
    }

    public async Task<IReadOnlyList<StoryArticle>> Release(IReadOnlyList<string> articleIds, string into, long at = 0)
    {
        var released = _state.Articles.Where(a => articleIds.Contains(a.Summary.Id)).ToList();
        var news = articleIds.Where(id => _sentOn.GetValueOrDefault(id) != (into, at)).ToList();
        if (news.Count > 0)
        {
            // Ids not here yet are noted too: an article decided before the move may still be on its way.
            var @event = new StoryArticlesReleased(news, into, at);
            Apply(@event);
            var leaving = released.Select(a => a.Summary.Id).ToList();
            ChangeDraft[] drafts = leaving.Count > 0
                ?
                [
                    new(ChangeKinds.StorySplit, [Topics.All, Topics.Story(Id)], MonitorJson.Serialize(new StorySplit(Id, into, leaving, _state.Title))),
                    Updated(),
                ]
                : [];
            var stored = await _stream.CommitAsync(@event, drafts);
            ChangePublisher.For(GrainFactory).Publish(stored);
        }
        await _stream.WhenDurable;
        return released;
    }

    public Task<StoryView> View() => Task.FromResult(_state.View(Id));

    public Task<StoryDetail> Detail() => Task.FromResult(_state.Detail(Id) with { MergedInto = _mergedInto });

    public Task<IReadOnlyList<ArticleEntityKeys>> EntityKeys(IReadOnlyList<string> articleIds)
    {
        var ids = articleIds.ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<ArticleEntityKeys>>([.. _state.Articles
            .Where(a => ids.Contains(a.Summary.Id))
            .Select(a => new ArticleEntityKeys(a.Summary.Id, [.. _state.Filed(a.Entities).OfType<string>().Distinct(StringComparer.Ordinal)]))]);
    }

    public Task<StoryEntry> Entry() => Task.FromResult(_state.Entry() with { MergedInto = _mergedInto });

    private async Task AddAsync(StoryArticle article)
    {
        var opened = _state.ArticleCount == 0;
        _sentOn.Remove(article.Summary.Id);
        var ledgerChanges = _state.Add(article);
        // The opening is the first summary of the story, so of this activation too: a pacer starts quiet, and it goes at once.
        ChangeDraft[] drafts = [.. _summary.Now(() => StoryChanges.Summary(Id, opened, _state)), .. StoryChanges.Ledger(Id, _state, ledgerChanges)];
        var stored = await _stream.CommitAsync(new StoryArticleAdded(article), drafts);
        ChangePublisher.For(GrainFactory).Publish(stored);
        foreach (var change in ledgerChanges)
        {
            if (change is { Kind: LedgerChangeKind.DivergenceDetected, Divergence: { } divergence })
            {
                MonitorTelemetry.DivergencesDetected.Add(1, new KeyValuePair<string, object?>("level", divergence.Level));
            }
        }
    }

    private async Task SendSummaryAsync(bool push)
    {
        var stored = await _stream.CommitAsync([], [Updated()]);
        if (push)
        {
            ChangePublisher.For(GrainFactory).Publish(stored);
        }
    }

    private ChangeDraft Updated() => StoryChanges.Summary(Id, opened: false, _state);

    private void Apply(StoryEvent @event)
    {
        switch (@event)
        {
            case StoryArticleAdded added:
                _sentOn.Remove(added.Article.Summary.Id);
                _state.Add(added.Article);
                break;
            case StoryRetired retired:
                (_mergedInto, _mergedAt) = (retired.Into, retired.At);
                break;
            case StoryArticlesReleased released:
                if (released.ArticleIds.Any(_state.Contains))
                {
                    _state = _state.Without(released.ArticleIds.ToHashSet(StringComparer.Ordinal));
                }
                foreach (var id in released.ArticleIds)
                {
                    _sentOn[id] = (released.Into, released.At);
                }
                break;
        }
    }
}
