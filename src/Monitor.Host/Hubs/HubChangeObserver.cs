using Microsoft.AspNetCore.SignalR;
using Monitor.Contracts;

namespace Monitor.Host;

/// <summary>This host's observer: the cluster pushes changes here and it sends them to this host's own connections.</summary>
public sealed class HubChangeObserver(IHubContext<MonitorHub> hub, StoryCatalogFeed catalog) : IChangeObserver
{
    public async Task OnChanges(IReadOnlyList<Change> changes)
    {
        catalog.Nudge();
        foreach (var topic in changes.GroupBy(c => c.Topic, StringComparer.Ordinal))
        {
            await hub.Clients.Group(topic.Key).SendAsync(MonitorHub.ChangesMethod, topic.Select(ChangeMessage.From).ToList());
        }
        PushTelemetry.Record(changes);
    }
}
