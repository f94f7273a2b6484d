using Monitor.Contracts;
using Orleans.Storage;

namespace Monitor.Grains.Tests;

/// <summary>A journal whose commits wait at a gate the test opens, and that can be told to fail them.</summary>
internal sealed class GatedJournal : IJournal
{
    private readonly InMemoryJournal _inner = new(TimeProvider.System);
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Commits { get; private set; }

    public bool Fail { get; set; }

    public Task FirstCommitArrived => _firstArrived.Task;

    public void Open() => _gate.TrySetResult();

    public Task<IReadOnlyList<string>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default) =>
        _inner.ReadStreamAsync(stream, cancellationToken);

    public Task<long> TopicHeadAsync(string topic, CancellationToken cancellationToken = default) =>
        _inner.TopicHeadAsync(topic, cancellationToken);

    public Task<IReadOnlyList<Change>> ReadChangesAsync(string topic, long after, int limit, CancellationToken cancellationToken = default) =>
        _inner.ReadChangesAsync(topic, after, limit, cancellationToken);

    public async Task<IReadOnlyList<Change>> CommitAsync(
        string stream, long expectedVersion, IReadOnlyList<string> events, IReadOnlyList<ChangeDraft> changes, CancellationToken cancellationToken = default)
    {
        Commits++;
        _firstArrived.TrySetResult();
        await _gate.Task;
        if (Fail)
        {
            throw new InconsistentStateException("The store failed.");
        }
        return await _inner.CommitAsync(stream, expectedVersion, events, changes, cancellationToken);
    }
}
