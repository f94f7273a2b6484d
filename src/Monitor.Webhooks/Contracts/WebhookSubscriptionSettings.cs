namespace Monitor.Webhooks;

/// <summary>What a subscription is made of: where to send, how to sign, and what to send.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.WebhookSubscriptionSettings")]
public sealed record WebhookSubscriptionSettings(string Url, string Secret, WebhookFilter Filter, IReadOnlyList<string> EventTypes)
{
    public WebhookRoute Route => new(Filter, EventTypes);
}
