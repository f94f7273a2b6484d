namespace Monitor.Webhooks;

/// <summary>What came of one attempt: the event was delivered, will be retried, was given up, or its subscription was disabled.</summary>
[GenerateSerializer, Alias("Monitor.WebhookDeliveryOutcome")]
public enum WebhookDeliveryOutcome
{
    Delivered,
    WillRetry,
    GaveUp,
    Disabled,
}
