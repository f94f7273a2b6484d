namespace Monitor.Webhooks;

/// <summary>One attempt to deliver one event, as the delivery log keeps it.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.WebhookDelivery")]
public sealed record WebhookDelivery(
    string EventId,
    string Type,
    int Attempt,
    DateTimeOffset At,
    int? StatusCode,
    WebhookDeliveryOutcome Outcome,
    string? Error,
    DateTimeOffset? NextAttemptAt);
