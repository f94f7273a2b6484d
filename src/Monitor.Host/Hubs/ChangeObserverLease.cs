using Monitor.Contracts;

namespace Monitor.Host;

/// <summary>
/// Keeps this host's observer subscribed to the change hub. Observers are not durable and the hub
/// keeps no state, so the subscription is renewed well within the hub's lease, for as long as the host runs.
/// </summary>
public sealed partial class ChangeObserverLease(
    IGrainFactory grains, HubChangeObserver observer, TimeProvider time, ILogger<ChangeObserverLease> logger) : BackgroundService
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(15);

    private IChangeObserver? _reference;

    /// <summary>The first subscription completes before the host reports started, so no early change goes unpushed.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _reference = grains.CreateObjectReference<IChangeObserver>(observer);
        await grains.GetGrain<IChangeHubGrain>(0).Subscribe(_reference);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference is not null)
        {
            try
            {
                await grains.GetGrain<IChangeHubGrain>(0).Unsubscribe(_reference);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRenewFailed(ex);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hub = grains.GetGrain<IChangeHubGrain>(0);
        using var timer = new PeriodicTimer(Renewal, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await hub.Subscribe(_reference!);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRenewFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the change observer's lease; retrying.")]
    private partial void LogRenewFailed(Exception ex);
}
