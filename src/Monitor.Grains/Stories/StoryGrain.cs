using System.Diagnostics;
using Monitor.Analysis;
using Monitor.Contracts;
using Orleans.Concurrency;

namespace Monitor.Grains;

/// <summary>
/// One story: its articles and claim ledger. The state is its event stream (one event an article),
/// so adding an article writes that article only, however large the story has grown.
/// </summary>
[Reentrant]
public sealed class StoryGrain(IJournal journal) : Grain, IStoryGrain
{
    private readonly StoryState _state = new();
    private EventStream<StoryArticle> _stream = null!;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stream = new EventStream<StoryArticle>(journal, "story:" + Id, this);
        foreach (var article in await _stream.LoadAsync(cancellationToken))
        {
            _state.Add(article);
        }
    }

    public async Task<StoryUpdate> AddArticle(AnalyzedArticle article)
    {
        if (_state.Contains(article.Id))
        {
            return new StoryUpdate(false, _state.Ledger.Stances());
        }
        var started = Stopwatch.GetTimestamp();
        var opened = _state.ArticleCount == 0;
        var @event = StoryArticle.From(article);
        var ledgerChanges = _state.Add(@event);
        var drafts = StoryChanges.For(Id, opened, _state, ledgerChanges);
        var stored = await _stream.CommitAsync(@event, drafts);
        ChangePublisher.For(GrainFactory).Publish(stored);
        MonitorTelemetry.StoryUpdateTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        MonitorTelemetry.DivergencesDetected.Add(ledgerChanges.Count(c => c.Kind == LedgerChangeKind.DivergenceDetected));
        return new StoryUpdate(true, _state.Ledger.Stances());
    }

    public Task<StoryView> View() => Task.FromResult(_state.View(Id));

    public Task<StoryDetail> Detail() => Task.FromResult(_state.Detail(Id));
}
