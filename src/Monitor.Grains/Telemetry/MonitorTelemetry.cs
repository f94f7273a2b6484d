using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Monitor.Grains;

/// <summary>
/// Monitor's own traces and metrics. Static, as .NET instruments are meant to be: a listener (OpenTelemetry,
/// the bench) subscribes by name, and an instrument nobody listens to costs next to nothing.
/// </summary>
public static class MonitorTelemetry
{
    public const string Name = "Monitor";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> ArticlesIngested =
        Meter.CreateCounter<long>("monitor.articles.ingested", "{article}", "Articles ingested, by outcome (accepted or duplicate).");

    public static readonly Histogram<double> AnalysisTime =
        Meter.CreateHistogram<double>("monitor.analysis.duration", "ms", "Time to analyse one article.");

    public static readonly Histogram<double> IndexDecisionTime =
        Meter.CreateHistogram<double>("monitor.index.decision.duration", "ms", "Time for the story index to decide which story an article joins: one grain, so its total bounds the ingest.");

    public static readonly Histogram<double> StoryUpdateTime =
        Meter.CreateHistogram<double>("monitor.story.update.duration", "ms", "Time for a story grain to add one article, its durable commit included.");

    public static readonly Counter<long> DivergencesDetected =
        Meter.CreateCounter<long>("monitor.divergences.detected", "{divergence}",
            "Facts on which sources started to disagree, by level (hard, or soft: rounding or vagueness); a soft one that turns hard counts again as hard.");

    public static readonly Histogram<double> PushLatency =
        Meter.CreateHistogram<double>("monitor.push.latency", "ms", "From a change being stored to its push to this host's SignalR clients.");

    public static readonly Counter<long> WebhookDeliveries =
        Meter.CreateCounter<long>("monitor.webhook.deliveries", "{attempt}", "Webhook delivery attempts, by outcome (delivered, will_retry, gave_up, disabled).");
}
