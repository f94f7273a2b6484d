using Monitor.Analysis;
using Monitor.Contracts;
using Orleans.Concurrency;

namespace Monitor.Grains;

/// <summary>One outlet: its articles, and how often it stands with each story's consensus.</summary>
[Reentrant]
public sealed class SourceGrain(IJournal journal, TimeProvider time) : Grain, ISourceGrain
{
    private SourceLedger _ledger = null!;
    private EventStream<SourceEvent> _stream = null!;
    private PacedSummary _summary = null!;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _ledger = new SourceLedger(Id);
        _stream = new EventStream<SourceEvent>(journal, "source:" + Id, this);
        _summary = new PacedSummary(this, time, SummaryPacer.Interval, SendSummaryAsync);
        foreach (var e in await _stream.LoadAsync(cancellationToken))
        {
            Apply(e);
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _stream.IsBroken ? Task.CompletedTask : _summary.FlushAsync(reason);

    public Task AddArticle(string articleId, string storyId, SourceStance? stance) => CommitAsync(new SourceEvent(articleId, storyId, stance));

    public Task RetireStory(string storyId) => CommitAsync(new SourceEvent(null, storyId, null, Retired: true));

    public Task<SourceView> View() => Task.FromResult(_ledger.View());

    private async Task CommitAsync(SourceEvent e)
    {
        if (!Apply(e))
        {
            await _stream.WhenDurable;
            return;
        }
        var stored = await _stream.CommitAsync(e, _summary.Now(Updated));
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

    // Counts, not the view: a source's change must not copy all its articles.
    private ChangeDraft Updated() => new(
        ChangeKinds.SourceUpdated,
        [Topics.All, Topics.Source(Id)],
        MonitorJson.Serialize(new SourceSummary(Id, _ledger.Source, _ledger.ArticleCount, _ledger.Agreement())));

    private bool Apply(SourceEvent e)
    {
        var added = e.ArticleId is not null && _ledger.AddArticle(e.ArticleId);
        var moved = e.Stance is not null && _ledger.SetStance(e.StoryId, e.Stance);
        var retired = e.Retired && _ledger.RetireStory(e.StoryId);
        return added || moved || retired;
    }
}

/// <summary>An article of this source, or a new stance of it in a story, or both; or the story's merge into another.</summary>
internal sealed record SourceEvent(string? ArticleId, string StoryId, SourceStance? Stance, bool Retired = false);
