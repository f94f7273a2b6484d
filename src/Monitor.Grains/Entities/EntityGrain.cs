using Monitor.Analysis;
using Monitor.Contracts;
using Orleans.Concurrency;

namespace Monitor.Grains;

/// <summary>One canonical entity: its mentions, aliases, and name and title divergences across stories.</summary>
[Reentrant]
public sealed class EntityGrain(IJournal journal) : Grain, IEntityGrain
{
    private EntityLedger _ledger = null!;
    private EventStream<MentionInStory> _stream = null!;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ledger = new EntityLedger(Id);
        _stream = new EventStream<MentionInStory>(journal, "entity:" + Id, this);
        foreach (var mention in await _stream.LoadAsync(cancellationToken))
        {
            Apply(mention);
        }
    }

    public async Task AddMention(MentionInStory mention)
    {
        if (_ledger.Contains(mention.ArticleId))
        {
            return;
        }
        var changes = Apply(mention);
        var view = _ledger.View();
        var drafts = new List<ChangeDraft>
        {
            new(ChangeKinds.EntityUpdated, [Topics.All, Topics.Entity(Id)], MonitorJson.Serialize(new EntitySummary(Id, view.Name, view.Kind, view.Articles.Count, view.Stories.Count, view.Divergences.Count))),
        };
        drafts.AddRange(changes.Select(c => new ChangeDraft(
            c.Kind == LedgerChangeKind.DivergenceDetected ? ChangeKinds.DivergenceDetected : ChangeKinds.DivergenceUpdated,
            [Topics.All, Topics.Entity(Id)],
            MonitorJson.Serialize(new EntityLedgerChange(Id, view.Name, c.Slot, c.Divergence)))));
        var stored = await _stream.CommitAsync(mention, drafts);
        ChangePublisher.For(GrainFactory).Publish(stored);
    }

    public Task<EntityView> View() => Task.FromResult(_ledger.View());

    private IReadOnlyList<LedgerChange> Apply(MentionInStory m) =>
        _ledger.Add(m.StoryId, m.ArticleId, m.Source, m.NearDuplicateKey, m.Mention);
}
