namespace Monitor.Webhooks;

/// <summary>A subscription's durable state: settings, outbox and delivery log are written together.</summary>
[GenerateSerializer, Alias("Monitor.WebhookSubscriptionState")]
public sealed partial class WebhookSubscriptionState
{
    [Id(0)] public WebhookSubscriptionSettings? Settings { get; set; }
    [Id(1)] public DateTimeOffset CreatedAt { get; set; }
    [Id(2)] public bool Enabled { get; set; }
    [Id(3)] public string? DisabledReason { get; set; }
    [Id(4)] public DateTimeOffset? FailingSince { get; set; }
    [Id(5)] public List<OutboxEntry> Outbox { get; set; } = [];

    /// <summary>Newest first, capped.</summary>
    [Id(6)] public List<WebhookDelivery> Log { get; set; } = [];

    public WebhookSubscriptionView View(string id) =>
        new(id, Settings!.Url, Settings.Filter, Settings.EventTypes, CreatedAt, Enabled, DisabledReason, FailingSince, Outbox.Count);
}
