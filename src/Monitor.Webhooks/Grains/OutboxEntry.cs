namespace Monitor.Webhooks;

/// <summary>An event waiting in a subscription's outbox: how often it was tried and when it is due next.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.WebhookOutboxEntry")]
public sealed record OutboxEntry(WebhookEvent Event, int Attempts, DateTimeOffset DueAt);
