namespace Monitor.Webhooks;

/// <summary>A subscription as the API shows it: never its secret, which is shown once, when it is created.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.WebhookSubscriptionView")]
public sealed record WebhookSubscriptionView(
    string Id,
    string Url,
    WebhookFilter Filter,
    IReadOnlyList<string> EventTypes,
    DateTimeOffset CreatedAt,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? FailingSince,
    int Pending);
