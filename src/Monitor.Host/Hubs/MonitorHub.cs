using Microsoft.AspNetCore.SignalR;
using Monitor.Contracts;

namespace Monitor.Host;

/// <summary>
/// Subscribers name a topic and the last sequence they saw; they get the backlog from the change
/// log, then live changes. SignalR promises nothing across a reconnect: the sequence does.
/// </summary>
public sealed class MonitorHub(IGrainFactory grains) : Hub
{
    public const string Path = "/hubs/monitor";
    public const string ChangesMethod = "changes";

    public async Task<long> Subscribe(string topic, long afterSequence)
    {
        if (string.IsNullOrWhiteSpace(topic) || !Topics.IsValid(topic))
        {
            throw new HubException($"Unknown topic '{topic}': use all, story:ID, entity:ID or source:ID.");
        }
        // Join the group first: a change stored while the backlog is read then arrives twice, never not at all.
        await Groups.AddToGroupAsync(Context.ConnectionId, topic);
        var feed = grains.GetGrain<IChangeFeedGrain>(0);
        var last = Math.Max(0, afterSequence);
        while (true)
        {
            var page = await feed.Read(topic, last, 500);
            if (page.Count == 0)
            {
                return last;
            }
            await Clients.Caller.SendAsync(ChangesMethod, page.Select(ChangeMessage.From).ToList(), Context.ConnectionAborted);
            last = page[^1].Sequence;
        }
    }

    public Task Unsubscribe(string topic) => Groups.RemoveFromGroupAsync(Context.ConnectionId, topic);
}
