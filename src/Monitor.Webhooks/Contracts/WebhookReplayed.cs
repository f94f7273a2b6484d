namespace Monitor.Webhooks;

/// <summary>The answer to a replay: how many events went back into the outbox.</summary>
public sealed record WebhookReplayed(string SubscriptionId, DateTimeOffset Since, int Queued);
