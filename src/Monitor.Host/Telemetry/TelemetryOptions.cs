namespace Monitor.Host;

/// <summary>The "Telemetry" configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Where to send traces and metrics over OTLP, e.g. http://127.0.0.1:4317; empty sends nothing.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serve the Orleans dashboard at <c>/orleans</c> (behind the admin key). Its grain-call profiling costs a little on every call.</summary>
    public bool OrleansDashboard { get; set; } = true;
}
