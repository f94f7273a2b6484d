using System.Runtime.CompilerServices;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>
/// The silo's one way to the change hub. Grains hand their stored changes here; whatever queues while
/// the previous hand-off is on its way goes to the hub in one call, so the single hub grain takes a
/// call per burst rather than one per commit. Nothing waits on a timer: an idle silo sends at once.
/// </summary>
public sealed class ChangePublisher(IGrainFactory grains)
{
    // One per silo without a service registration: every host and test cluster that runs the grains gets it.
    private static readonly ConditionalWeakTable<IGrainFactory, ChangePublisher> PerSilo = [];
    private readonly Lock _lock = new();
    private IChangeHubGrain? _hub;
    private List<Change> _queued = [];
    private bool _sending;
    private bool _stopped;

    public static ChangePublisher For(IGrainFactory grains) => PerSilo.GetValue(grains, g => new ChangePublisher(g));

    public void Publish(IReadOnlyList<Change> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }
            _queued.AddRange(changes);
            if (_sending)
            {
                return;
            }
            _sending = true;
        }
        ThreadPool.UnsafeQueueUserWorkItem(static publisher => publisher.Send(), this, preferLocal: false);
    }

    /// <summary>Whether <see cref="Stop"/> was called: what is handed over after it is dropped.</summary>
    internal bool IsStopped
    {
        get
        {
            lock (_lock)
            {
                return _stopped;
            }
        }
    }

    /// <summary>Sends nothing more: the silo is stopping, and the changes are in the journal already.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            _queued.Clear();
        }
    }

    private void Send()
    {
        while (true)
        {
            List<Change> batch;
            lock (_lock)
            {
                if (_queued.Count == 0)
                {
                    _sending = false;
                    return;
                }
                (batch, _queued) = (_queued, []);
            }
            try
            {
                (_hub ??= grains.GetGrain<IChangeHubGrain>(0)).Publish(batch).Ignore();
            }
            catch (Exception)
            {
                // The silo is stopping (its services are disposed) or the hub cannot be reached. The
                // changes are already in the journal, where subscribers catch up from their last sequence;
                // a push thread must never take the process down with it.
            }
        }
    }
}
