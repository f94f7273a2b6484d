using Monitor.Contracts;
using Orleans.Storage;

namespace Monitor.Grains;

/// <summary>A journal that lives as long as the process: for tests and for runs that keep nothing.</summary>
public sealed class InMemoryJournal(TimeProvider time) : IJournal
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<string>> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Change>> _topics = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<string>>(_streams.TryGetValue(stream, out var events) ? [.. events] : []);
        }
    }

    public Task<IReadOnlyList<Change>> CommitAsync(
        string stream, long expectedVersion, IReadOnlyList<string> events, IReadOnlyList<ChangeDraft> changes, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var existing = _streams.TryGetValue(stream, out var list) ? list : _streams[stream] = [];
            if (existing.Count != expectedVersion)
            {
                throw new InconsistentStateException($"Stream {stream} is at version {existing.Count}, not {expectedVersion}.", existing.Count.ToString(), expectedVersion.ToString());
            }
            existing.AddRange(events);
            var now = time.GetUtcNow();
            var stored = new List<Change>();
            foreach (var draft in changes)
            {
                foreach (var topic in draft.Topics)
                {
                    var log = _topics.TryGetValue(topic, out var t) ? t : _topics[topic] = [];
                    var change = new Change(topic, log.Count + 1, draft.Kind, now, draft.Payload);
                    log.Add(change);
                    stored.Add(change);
                }
            }
            return Task.FromResult<IReadOnlyList<Change>>(stored);
        }
    }

    public Task<long> TopicHeadAsync(string topic, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_topics.TryGetValue(topic, out var log) ? (long)log.Count : 0);
        }
    }

    public Task<IReadOnlyList<Change>> ReadChangesAsync(string topic, long after, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Change> result = _topics.TryGetValue(topic, out var log)
                ? [.. log.Skip((int)Math.Max(0, after)).Take(limit)]
                : [];
            return Task.FromResult(result);
        }
    }
}
