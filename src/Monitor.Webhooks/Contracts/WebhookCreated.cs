namespace Monitor.Webhooks;

/// <summary>The answer to a new subscription: the only time its secret is shown.</summary>
public sealed record WebhookCreated(WebhookSubscriptionView Subscription, string Secret);
