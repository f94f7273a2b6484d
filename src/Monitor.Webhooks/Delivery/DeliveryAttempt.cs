namespace Monitor.Webhooks;

/// <summary>What one HTTP attempt came to: a status code (null when no response came), and a Retry-After if any.</summary>
public sealed record DeliveryAttempt(int? StatusCode, TimeSpan? RetryAfter, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>410 Gone: the receiver asks never to be called again.</summary>
    public bool Gone => StatusCode == 410;

    public static DeliveryAttempt Failed(string error) => new(null, null, error);
}
