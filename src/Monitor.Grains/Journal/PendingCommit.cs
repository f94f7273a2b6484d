using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>One caller's events waiting in an <see cref="EventStream{TEvent}"/> for the commit that carries them.</summary>
internal sealed class PendingCommit(IReadOnlyList<string> events, IReadOnlyList<ChangeDraft> changes)
{
    private readonly TaskCompletionSource<IReadOnlyList<Change>> _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<string> Events { get; } = events;

    public IReadOnlyList<ChangeDraft> Changes { get; } = changes;

    public Task<IReadOnlyList<Change>> Stored => _stored.Task;

    /// <summary>Hands each caller its own changes: the journal numbers them in the order of the drafts and their topics.</summary>
    public static void Complete(IReadOnlyList<PendingCommit> batch, IReadOnlyList<Change> stored)
    {
        var offset = 0;
        foreach (var pending in batch)
        {
            var count = pending.Changes.Sum(c => c.Topics.Count);
            pending._stored.TrySetResult(Slice(stored, offset, count));
            offset += count;
        }
    }

    public static void Fail(IEnumerable<PendingCommit> pending, Exception error)
    {
        foreach (var p in pending)
        {
            p._stored.TrySetException(error);
        }
    }

    private static IReadOnlyList<Change> Slice(IReadOnlyList<Change> stored, int offset, int count) =>
        offset == 0 && count == stored.Count ? stored : [.. stored.Skip(offset).Take(count)];
}
