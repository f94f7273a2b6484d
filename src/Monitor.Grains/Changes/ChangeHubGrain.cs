using Microsoft.Extensions.Logging;
using Monitor.Contracts;
using Orleans.Utilities;

namespace Monitor.Grains;

/// <summary>
/// The batching notifier: hosts subscribe their observer here and changes fan out to all of them.
/// Observer calls are one-way, so a slow or dead host never holds this grain; a host that stops
/// renewing its lease is forgotten. The hosts' observers are also kept in grain state: when the
/// silo holding the hub dies, the hub comes back elsewhere already knowing every live host, instead
/// of pushing to nobody until the next renewal.
/// </summary>
public sealed class ChangeHubGrain(
    [PersistentState("hosts", MonitorStorage.Name)] IPersistentState<ChangeHubHosts> hosts,
    ILogger<ChangeHubGrain> logger) : Grain, IChangeHubGrain
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly ObserverManager<IChangeObserver> _observers = new(Lease, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var id in hosts.State.Observers)
        {
            var observer = GrainFactory.GetGrain<IChangeObserver>(GrainId.Parse(id));
            _observers.Subscribe(observer, observer);
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The silo is stopping: its grains may still commit (a held summary's last tick) after the hub is
    /// gone, and a push then only fails to find a silo for a new hub. Subscribers read those changes from the log.
    /// </summary>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (reason.ReasonCode == DeactivationReasonCode.ShuttingDown)
        {
            ChangePublisher.For(GrainFactory).Stop();
        }
        return Task.CompletedTask;
    }

    public async Task Subscribe(IChangeObserver observer)
    {
        var known = _observers.Observers.ContainsKey(observer);
        _observers.Subscribe(observer, observer);
        if (!known)
        {
            await SaveAsync();
        }
    }

    public async Task Unsubscribe(IChangeObserver observer)
    {
        _observers.Unsubscribe(observer);
        await SaveAsync();
    }

    public Task Publish(IReadOnlyList<Change> changes)
    {
        if (changes.Count > 0)
        {
            _observers.Notify(o => o.OnChanges(changes));
        }
        return Task.CompletedTask;
    }

    private Task SaveAsync()
    {
        // Only hosts that renewed within the lease are kept: a dead host's observer leaves with this write.
        _observers.ClearExpired();
        hosts.State.Observers = [.. _observers.Observers.Keys.Select(o => o.GetGrainId().ToString()).Order(StringComparer.Ordinal)];
        return hosts.WriteStateAsync();
    }
}

[GenerateSerializer, Alias("Monitor.ChangeHubHosts")]
public sealed class ChangeHubHosts
{
    [Id(0)]
    public List<string> Observers { get; set; } = [];
}
