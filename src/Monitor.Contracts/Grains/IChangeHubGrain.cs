using Orleans.Concurrency;

namespace Monitor.Contracts;

/// <summary>A host's window onto the cluster's changes: it wraps the host's own SignalR hub context.</summary>
[Alias("Monitor.IChangeObserver")]
public interface IChangeObserver : IGrainObserver
{
    [OneWay, Alias("OnChanges")]
    Task OnChanges(IReadOnlyList<Change> changes);
}

/// <summary>
/// Fans stored changes out to every live host. Observers are not durable, so hosts renew their
/// subscription on a lease and the hub forgets the ones that stop renewing.
/// </summary>
[Alias("Monitor.IChangeHubGrain")]
public interface IChangeHubGrain : IGrainWithIntegerKey
{
    [Alias("Subscribe")]
    Task Subscribe(IChangeObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IChangeObserver observer);

    [OneWay, Alias("Publish")]
    Task Publish(IReadOnlyList<Change> changes);
}

/// <summary>Reads the change log for a subscriber catching up: the backlog of a topic after a sequence.</summary>
[Alias("Monitor.IChangeFeedGrain")]
public interface IChangeFeedGrain : IGrainWithIntegerKey
{
    [Alias("Read")]
    Task<IReadOnlyList<Change>> Read(string topic, long after, int limit);

    /// <summary>The sequence of a topic's last change; 0 when it has none.</summary>
    [Alias("Head")]
    Task<long> Head(string topic);
}
