using Monitor.Contracts;

namespace Monitor.Grains.Tests;

/// <summary>
/// The summaries of one topic as the change hub pushes them: their kind and the article count each
/// tells, in the order of their sequence (pushes may arrive out of order).
/// </summary>
internal sealed class SummaryWatcher(string topic, Func<Change, int?> articles) : IChangeObserver
{
    private readonly Lock _lock = new();
    private readonly SortedList<long, (string Kind, int Articles)> _pushed = [];
    private readonly TaskCompletionSource<IReadOnlyList<(string Kind, int Articles)>> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _until = int.MaxValue;

    /// <summary>The summaries pushed so far, once the latest counts at least <paramref name="count"/> articles.</summary>
    public Task<IReadOnlyList<(string Kind, int Articles)>> UntilArticles(int count)
    {
        lock (_lock)
        {
            _until = count;
            Check();
        }
        return _reached.Task;
    }

    public Task OnChanges(IReadOnlyList<Change> changes)
    {
        lock (_lock)
        {
            foreach (var change in changes.Where(c => c.Topic == topic))
            {
                if (articles(change) is { } count)
                {
                    _pushed[change.Sequence] = (change.Kind, count);
                }
            }
            Check();
        }
        return Task.CompletedTask;
    }

    private void Check()
    {
        if (_pushed.Count > 0 && _pushed.Values[^1].Articles >= _until)
        {
            _reached.TrySetResult([.. _pushed.Values]);
        }
    }
}
