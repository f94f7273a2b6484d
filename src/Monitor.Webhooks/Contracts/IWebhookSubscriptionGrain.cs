namespace Monitor.Webhooks;

/// <summary>
/// One webhook subscription: its settings, its durable outbox and its delivery log. It never calls the
/// dispatcher, so the dispatcher can call it without a call cycle.
/// </summary>
[Alias("Monitor.IWebhookSubscriptionGrain")]
public interface IWebhookSubscriptionGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<WebhookSubscriptionView> Create(WebhookSubscriptionSettings settings);

    /// <summary>The subscription, or null when there is none under this id.</summary>
    [Alias("View")]
    Task<WebhookSubscriptionView?> View();

    /// <summary>Forgets the subscription and its outbox; false when there was none.</summary>
    [Alias("Delete")]
    Task<bool> Delete();

    /// <summary>Stores events in the outbox (once per id) before delivering them.</summary>
    [Alias("Enqueue")]
    Task Enqueue(IReadOnlyList<WebhookEvent> events);

    /// <summary>The delivery log, newest first.</summary>
    [Alias("Deliveries")]
    Task<IReadOnlyList<WebhookDelivery>> Deliveries();

    /// <summary>Queues again every matching event of the change log since a time; returns how many.</summary>
    [Alias("Replay")]
    Task<int> Replay(DateTimeOffset since);

    /// <summary>Activates the grain, so a pending outbox resumes delivery after a restart.</summary>
    [Alias("Wake")]
    Task Wake();
}
