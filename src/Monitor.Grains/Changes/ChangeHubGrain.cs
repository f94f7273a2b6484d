using Microsoft.Extensions.Logging;
using Monitor.Contracts;
using Orleans.Utilities;

namespace Monitor.Grains;

/// <summary>
/// The batching notifier: hosts subscribe their observer here and changes fan out to all of them.
/// Observer calls are one-way, so a slow or dead host never holds this grain; a host that stops
/// renewing its lease is forgotten. The hub is not persisted: hosts resubscribe on their lease.
/// </summary>
public sealed class ChangeHubGrain(ILogger<ChangeHubGrain> logger) : Grain, IChangeHubGrain
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly ObserverManager<IChangeObserver> _observers = new(Lease, logger);

    public Task Subscribe(IChangeObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IChangeObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task Publish(IReadOnlyList<Change> changes)
    {
        if (changes.Count > 0)
        {
            _observers.Notify(o => o.OnChanges(changes));
        }
        return Task.CompletedTask;
    }
}
