using System.Text.Json;
using Monitor.Contracts;
using Orleans.Storage;

namespace Monitor.Grains;

/// <summary>A grain's own event stream in the journal: it loads once on activation and appends after that.</summary>
/// <remarks>
/// A grain applies an event in memory before it commits it. When the commit fails (the stream moved
/// on because a silo died and the grain came back elsewhere, or the store failed), this activation's
/// memory can no longer be trusted: it goes away, every commit after that fails, and the caller's
/// retry reaches an activation that loads the stream afresh.
/// Events that arrive while a commit is in flight (a reentrant grain) wait and go together in the
/// next one: a hot grain then costs one journal round trip per batch, not one per call.
/// A stream whose events became tagged ("event": kind) after some were stored reads the untagged
/// ones with <paramref name="untagged"/>, so a file written by an earlier Monitor still loads.
/// </remarks>
internal sealed class EventStream<TEvent>(IJournal journal, string stream, IGrainBase grain, Func<string, TEvent>? untagged = null)
{
    // System.Text.Json writes the type tag before any other property.
    private const string TaggedStart = "{\"event\":";

    private List<PendingCommit> _queued = [];
    private bool _committing;
    private bool _broken;
    private Task _tail = Task.CompletedTask;

    public long Version { get; private set; }

    /// <summary>Whether a commit failed: this activation's memory is not to be trusted, and nothing more is committed.</summary>
    public bool IsBroken => _broken;

    public async Task<IReadOnlyList<TEvent>> LoadAsync(CancellationToken cancellationToken)
    {
        var raw = await journal.ReadStreamAsync(stream, cancellationToken);
        Version = raw.Count;
        return [.. raw.Select(Read)];
    }

    private TEvent Read(string json) =>
        untagged is not null && !json.StartsWith(TaggedStart, StringComparison.Ordinal)
            ? untagged(json)
            : JsonSerializer.Deserialize<TEvent>(json, MonitorJson.Options)!;

    /// <summary>
    /// Completes once every event handed in so far is durable (fails if one failed): a grain that answers
    /// from memory a call it already applied (a retry) waits on this, so it never acknowledges work
    /// whose commit is still in flight.
    /// </summary>
    public Task WhenDurable => _broken ? Task.FromException(Broken()) : _tail;

    /// <summary>Completes once the event and its changes are durable, with the changes as numbered.</summary>
    public Task<IReadOnlyList<Change>> CommitAsync(TEvent @event, IReadOnlyList<ChangeDraft> changes) => CommitAsync([@event], changes);

    /// <summary>Completes once the events, in their order, and the changes are durable, with the changes as numbered.</summary>
    public Task<IReadOnlyList<Change>> CommitAsync(IReadOnlyList<TEvent> events, IReadOnlyList<ChangeDraft> changes)
    {
        if (_broken)
        {
            return Task.FromException<IReadOnlyList<Change>>(Broken());
        }
        var pending = new PendingCommit([.. events.Select(e => JsonSerializer.Serialize(e, MonitorJson.Options))], changes);
        _queued.Add(pending);
        _tail = pending.Stored;
        if (!_committing)
        {
            _committing = true;
            _ = CommitQueuedAsync();
        }
        return pending.Stored;
    }

    private async Task CommitQueuedAsync()
    {
        while (_queued.Count > 0)
        {
            var batch = _queued;
            _queued = [];
            try
            {
                var stored = await journal.CommitAsync(stream, Version, [.. batch.SelectMany(p => p.Events)], [.. batch.SelectMany(p => p.Changes)]);
                Version += batch.Sum(p => p.Events.Count);
                PendingCommit.Complete(batch, stored);
            }
            catch (Exception error)
            {
                _broken = true;
                grain.DeactivateOnIdle();
                PendingCommit.Fail([.. batch, .. _queued], error);
                _queued = [];
            }
        }
        _committing = false;
    }

    private InconsistentStateException Broken() => new($"Stream {stream} failed an earlier commit; this activation is going away.");
}
