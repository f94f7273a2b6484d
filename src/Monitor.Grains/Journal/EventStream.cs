using System.Text.Json;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>A grain's own event stream in the journal: it loads once on activation and appends after that.</summary>
internal sealed class EventStream<TEvent>(IJournal journal, string stream)
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
        var stored = await journal.CommitAsync(stream, Version, [payload], changes);
        Version++;
        return stored;
    }
}
