namespace Monitor.Webhooks;

/// <summary>What an attempt does to the outbox, the failure state and the delivery log.</summary>
public sealed partial class WebhookSubscriptionState
{
    public WebhookDeliveryOutcome Record(OutboxEntry entry, DeliveryAttempt attempt, DateTimeOffset now, WebhookOptions options)
    {
        var attempts = entry.Attempts + 1;
        var index = Outbox.IndexOf(entry);
        if (attempt.Succeeded)
        {
            Outbox.RemoveAt(index);
            FailingSince = null;
            return Append(entry, attempts, attempt, WebhookDeliveryOutcome.Delivered, null, now, options);
        }
        FailingSince ??= now;
        if (attempt.Gone || now - FailingSince >= options.DisableAfter)
        {
            Enabled = false;
            DisabledReason = attempt.Gone ? "The endpoint answered 410 Gone." : $"Every delivery failed since {FailingSince:O}.";
            Outbox[index] = entry with { Attempts = attempts };
            return Append(entry, attempts, attempt, WebhookDeliveryOutcome.Disabled, null, now, options);
        }
        if (WebhookRetryPolicy.NextAttemptAt(options.EffectiveSchedule, attempts, attempt, now) is { } next)
        {
            Outbox[index] = entry with { Attempts = attempts, DueAt = next };
            return Append(entry, attempts, attempt, WebhookDeliveryOutcome.WillRetry, next, now, options);
        }
        Outbox.RemoveAt(index);
        return Append(entry, attempts, attempt, WebhookDeliveryOutcome.GaveUp, null, now, options);
    }

    private WebhookDeliveryOutcome Append(
        OutboxEntry entry, int attempts, DeliveryAttempt attempt, WebhookDeliveryOutcome outcome, DateTimeOffset? next, DateTimeOffset now, WebhookOptions options)
    {
        Log.Insert(0, new WebhookDelivery(entry.Event.Id, entry.Event.Type, attempts, now, attempt.StatusCode, outcome, attempt.Error, next));
        if (Log.Count > options.DeliveryLogSize)
        {
            Log.RemoveRange(options.DeliveryLogSize, Log.Count - options.DeliveryLogSize);
        }
        return outcome;
    }
}
