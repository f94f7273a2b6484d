using Monitor.Contracts;

namespace Monitor.Grains.Tests;

/// <summary>
/// The summaries of one topic as the change hub pushes them: their kind and the article count each
/// tells, in the order of their sequence. Pushes may arrive out of order, so a wait ends only once
/// every change of the topic up to the awaited summary has arrived.
/// </summary>
internal sealed class SummaryWatcher(string topic, Func<Change, int?> articles) : IChangeObserver
{
    private readonly Lock _lock = new();
    private readonly SortedList<long, (string Kind, int Articles)> _pushed = [];
    private readonly TaskCompletionSource<IReadOnlyList<(string Kind, int Articles)>> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SortedSet<long> _early = [];
    private int _until = int.MaxValue;
    private long _gapless;

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
                _early.Add(change.Sequence);
            }
            while (_early.Remove(_gapless + 1))
            {
                _gapless++;
            }
            Check();
        }
        return Task.CompletedTask;
    }

    private void Check()
    {
        var arrived = _pushed.Where(p => p.Key <= _gapless).Select(p => p.Value).ToList();
        if (arrived.Count > 0 && arrived[^1].Articles >= _until)
        {
            _reached.TrySetResult(arrived);
        }
    }
}
