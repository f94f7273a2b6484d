namespace Monitor.Webhooks;

/// <summary>The "Webhooks" configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>The retries of the Standard Webhooks specification, after the first attempt.</summary>
    public static IReadOnlyList<TimeSpan> StandardSchedule { get; } =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>
    /// Host names and addresses the SSRF guard lets through although they are loopback, private or
    /// link-local: for tests and local development (<c>--Webhooks:AllowedHosts:0=127.0.0.1</c>).
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>
    /// The delays between attempts; empty means <see cref="StandardSchedule"/>. (Empty by default because
    /// the configuration binder appends to a list rather than replacing it.)
    /// </summary>
    public List<TimeSpan> RetrySchedule { get; set; } = [];

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A subscription whose deliveries have all failed for this long is disabled.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(5);

    /// <summary>How often the dispatcher looks at the change log when nothing nudges it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Where the dashboard is reachable: the base of the story links in the payloads.</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>How many attempts the delivery log keeps per subscription.</summary>
    public int DeliveryLogSize { get; set; } = 200;

    public IReadOnlyList<TimeSpan> EffectiveSchedule => RetrySchedule.Count > 0 ? RetrySchedule : StandardSchedule;
}
