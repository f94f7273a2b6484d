namespace Monitor.Webhooks;

/// <summary>What the dispatcher needs to know of a subscription to hand it events: its filter and event types.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.WebhookRoute")]
public sealed record WebhookRoute(WebhookFilter Filter, IReadOnlyList<string> EventTypes)
{
    public bool Accepts(WebhookEvent e) => EventTypes.Contains(e.Type, StringComparer.Ordinal) && Filter.Matches(e);
}
