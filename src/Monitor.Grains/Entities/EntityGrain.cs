using System.Collections.Immutable;
using Monitor.Analysis;
using Monitor.Contracts;
using Orleans.Concurrency;

namespace Monitor.Grains;

/// <summary>One canonical entity: its mentions, aliases, and name and title divergences across stories.</summary>
[Reentrant]
public sealed class EntityGrain(IJournal journal, TimeProvider time) : Grain, IEntityGrain
{
    private EntityLedger _ledger = null!;
    private EventStream<EntityEvent> _stream = null!;
    private PacedSummary _summary = null!;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ledger = new EntityLedger(Id);
        _stream = new EventStream<EntityEvent>(journal, "entity:" + Id, this, EntityEvent.Untagged);
        _summary = new PacedSummary(this, time, SummaryPacer.Interval, SendSummaryAsync);
        foreach (var @event in await _stream.LoadAsync(cancellationToken))
        {
            Apply(@event);
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _stream.IsBroken ? Task.CompletedTask : _summary.FlushAsync(reason);

    public async Task AddMentions(ImmutableArray<MentionInStory> mentions)
    {
        var added = ImmutableArray.CreateBuilder<MentionInStory>(mentions.Length);
        var divergences = new List<ChangeDraft>();
        foreach (var mention in mentions)
        {
            if (_ledger.Contains(mention.ArticleId))
            {
                continue;
            }
            added.Add(mention);
            var changes = Add(mention);
            if (changes.Count > 0)
            {
                var name = _ledger.Facts().Name;
                divergences.AddRange(changes.Select(c => new ChangeDraft(
                    c.Kind == LedgerChangeKind.DivergenceDetected ? ChangeKinds.DivergenceDetected : ChangeKinds.DivergenceUpdated,
                    [Topics.All, Topics.Entity(Id)],
                    MonitorJson.Serialize(new EntityLedgerChange(Id, name, c.Slot, c.Divergence)))));
            }
        }
        if (added.Count == 0)
        {
            await _stream.WhenDurable;
            return;
        }
        var stored = await _stream.CommitAsync(new EntityMentionsAdded(added.DrainToImmutable()), [.. _summary.Now(Updated), .. divergences]);
        ChangePublisher.For(GrainFactory).Publish(stored);
    }

    public async Task MoveStory(string from, string into)
    {
        var @event = new EntityStoryMoved(from, into);
        if (!_ledger.MoveStory(from, into))
        {
            await _stream.WhenDurable;
            return;
        }
        var stored = await _stream.CommitAsync(@event, _summary.Now(Updated));
        ChangePublisher.For(GrainFactory).Publish(stored);
    }

    public async Task MoveArticles(ImmutableArray<string> articleIds, string into)
    {
        if (!_ledger.MoveArticles(articleIds, into))
        {
            await _stream.WhenDurable;
            return;
        }
        var stored = await _stream.CommitAsync(new EntityArticlesMoved(articleIds, into), _summary.Now(Updated));
        ChangePublisher.For(GrainFactory).Publish(stored);
    }

    private async Task SendSummaryAsync(bool push)
    {
        var stored = await _stream.CommitAsync([], [Updated()]);
        if (push)
        {
            ChangePublisher.For(GrainFactory).Publish(stored);
        }
    }

    public Task<EntityView> View() => Task.FromResult(_ledger.View());

    /// <summary>
    /// The entity's counts, on its own topic only: an article names a dozen entities, and their
    /// summaries on <c>all</c> would be most of that topic's changes, read by every story list and
    /// webhook dispatcher and pushed to every dashboard, when only a page on this entity shows them.
    /// </summary>
    private ChangeDraft Updated()
    {
        var facts = _ledger.Facts();
        return new(
            ChangeKinds.EntityUpdated,
            [Topics.Entity(Id)],
            MonitorJson.Serialize(new EntitySummary(Id, facts.Name, facts.Kind, facts.Articles, facts.Stories, facts.Divergences)));
    }

    private IReadOnlyList<LedgerChange> Add(MentionInStory m) =>
        _ledger.Add(m.StoryId, m.ArticleId, m.Source, m.NearDuplicateKey, m.Mention);

    private void Apply(EntityEvent @event)
    {
        switch (@event)
        {
            case EntityMentioned { Mention: var m }:
                Add(m);
                break;
            case EntityMentionsAdded { Mentions: var mentions }:
                foreach (var m in mentions)
                {
                    Add(m);
                }
                break;
            case EntityStoryMoved moved:
                _ledger.MoveStory(moved.From, moved.Into);
                break;
            case EntityArticlesMoved moved:
                _ledger.MoveArticles(moved.ArticleIds, moved.Into);
                break;
        }
    }
}
