using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Monitor.Grains;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Dashboard;

namespace Monitor.Host;

/// <summary>
/// Observability for one host: OpenTelemetry traces and metrics (Monitor's, Orleans', ASP.NET Core's),
/// a Prometheus scrape endpoint at <c>/metrics</c>, OTLP export when an endpoint is configured,
/// <c>/healthz</c> and <c>/readyz</c>, and the Orleans dashboard at <c>/orleans</c> behind the admin key.
/// </summary>
public static class TelemetryExtensions
{
    public const string DashboardPath = "/orleans";

    public static WebApplicationBuilder AddMonitorTelemetry(this WebApplicationBuilder builder)
    {
        var options = Options(builder.Configuration);
        // Signs the admin area's cookie; a cluster's front ends share no key ring, so a browser signs in again on another host.
        builder.Services.AddDataProtection();
        builder.Services.AddHealthChecks().AddCheck<ClusterReadyCheck>("cluster", tags: ["ready"]);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("monitor"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MonitorTelemetry.Name, "Microsoft.Orleans").AddAspNetCoreInstrumentation().AddPrometheusExporter();
                if (OtlpEndpoint(options) is { } endpoint)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = endpoint);
                }
            });
        // Spans are only made when someone receives them: without an OTLP endpoint, tracing stays off.
        if (OtlpEndpoint(options) is { } traces)
        {
            otel.WithTracing(tracing => tracing
                .AddSource(MonitorTelemetry.Name, "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = traces));
        }
        return builder;
    }

    /// <summary>The silo's share: trace context flows through grain calls; the dashboard collects its counters.</summary>
    public static ISiloBuilder AddMonitorTelemetry(this ISiloBuilder silo)
    {
        silo.AddActivityPropagation();
        if (Options(silo.Configuration).OrleansDashboard)
        {
            silo.AddDashboard();
        }
        return silo;
    }

    public static WebApplication MapMonitorTelemetry(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapPrometheusScrapingEndpoint("/metrics");
        // The Orleans dashboard reads the silo it runs in: a web front end that is only a client has none.
        if (Options(app.Configuration).OrleansDashboard && app.Services.GetService<Orleans.Runtime.ILocalSiloDetails>() is not null)
        {
            app.UseWhen(http => http.Request.Path.StartsWithSegments(DashboardPath),
                branch => branch.UseMiddleware<AdminKeyGate>(new PathString(DashboardPath)));
            app.MapOrleansDashboard(DashboardPath);
        }
        return app;
    }

    private static TelemetryOptions Options(IConfiguration configuration) =>
        configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();

    private static Uri? OtlpEndpoint(TelemetryOptions options) =>
        Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var uri) ? uri : null;
}
