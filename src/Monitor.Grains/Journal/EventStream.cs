using System.Text.Json;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>A grain's own event stream in the journal: it loads once on activation and appends after that.</summary>
/// <remarks>
/// A grain applies an event in memory before it commits it. When the commit fails (the stream moved
/// on because a silo died and the grain came back elsewhere, or the store failed), this activation's
/// memory can no longer be trusted: it goes away, and the caller's retry reaches one that loads the
/// stream afresh.
/// </remarks>
internal sealed class EventStream<TEvent>(IJournal journal, string stream, IGrainBase grain)
{
    public long Version { get; private set; }

    public async Task<IReadOnlyList<TEvent>> LoadAsync(CancellationToken cancellationToken)
    {
        var raw = await journal.ReadStreamAsync(stream, cancellationToken);
        Version = raw.Count;
        return [.. raw.Select(e => JsonSerializer.Deserialize<TEvent>(e, MonitorJson.Options)!)];
    }

    public async Task<IReadOnlyList<Change>> CommitAsync(TEvent @event, IReadOnlyList<ChangeDraft> changes)
    {
        var payload = JsonSerializer.Serialize(@event, MonitorJson.Options);
        IReadOnlyList<Change> stored;
        try
        {
            stored = await journal.CommitAsync(stream, Version, [payload], changes);
        }
        catch (Exception)
        {
            grain.DeactivateOnIdle();
            throw;
        }
        Version++;
        return stored;
    }
}
