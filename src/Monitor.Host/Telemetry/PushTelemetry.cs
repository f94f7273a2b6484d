using Monitor.Contracts;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary>Push latency: from the moment a change was stored (its <see cref="Change.At"/>) to its hand-off to this host's connections.</summary>
internal static class PushTelemetry
{
    public static void Record(IReadOnlyList<Change> changes)
    {
        if (!MonitorTelemetry.PushLatency.Enabled)
        {
            return;
        }
        var now = DateTimeOffset.UtcNow;
        foreach (var change in changes)
        {
            MonitorTelemetry.PushLatency.Record(Math.Max(0, (now - change.At).TotalMilliseconds));
        }
    }
}
