namespace Monitor.Webhooks;

/// <summary>The dispatcher's durable state: how far into the change log <c>all</c> it has handed out, and to whom.</summary>
[GenerateSerializer, Alias("Monitor.WebhookDispatcherState")]
public sealed class WebhookDispatcherState
{
    [Id(0)] public long Cursor { get; set; }
    [Id(1)] public Dictionary<string, WebhookRoute> Routes { get; set; } = new(StringComparer.Ordinal);
}
