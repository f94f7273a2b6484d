namespace Monitor.Webhooks;

/// <summary>When to try an event again: the schedule's next delay, or the receiver's Retry-After on 429 and 503.</summary>
public static class WebhookRetryPolicy
{
    /// <summary>A receiver cannot push an event further out than this with Retry-After.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromDays(1);

    /// <summary>
    /// The time of the next attempt after <paramref name="attemptsMade"/> failed attempts (this one included),
    /// or null when the schedule is spent: one first attempt, then one retry per delay of the schedule.
    /// </summary>
    public static DateTimeOffset? NextAttemptAt(IReadOnlyList<TimeSpan> schedule, int attemptsMade, DeliveryAttempt attempt, DateTimeOffset now)
    {
        if (attemptsMade < 1 || attemptsMade > schedule.Count)
        {
            return null;
        }
        var delay = schedule[attemptsMade - 1];
        if (attempt.StatusCode is 429 or 503 && attempt.RetryAfter is { } retryAfter)
        {
            delay = retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter > MaxRetryAfter ? MaxRetryAfter : retryAfter;
        }
        return now + delay;
    }
}
