using Orleans.Serialization;
using System.Net;
using Microsoft.Extensions.FileProviders;
using Monitor.Catalog;
using Monitor.Contracts;
using Monitor.Grains;
using Monitor.Storage.Sqlite;
using Monitor.Webhooks;

namespace Monitor.Host;

public static class MonitorHostExtensions
{
    /// <summary>
    /// The embedded default: a silo in this process, the web API, the SignalR hub and the dashboard.
    /// With Monitor:Redis set, a host of a cluster instead (<see cref="MonitorClusterExtensions"/>).
    /// </summary>
    public static WebApplicationBuilder AddMonitor(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(MonitorOptions.Section).Get<MonitorOptions>() ?? new MonitorOptions();
        builder.Services.Configure<MonitorOptions>(builder.Configuration.GetSection(MonitorOptions.Section));
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(options.Listen), options.Port));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        // Orleans runs placement through Polly, which logs every attempt at Information.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            var ports = SiloPorts.For(options);
            builder.Services.AddSingleton(ports);
            builder.UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(ports.Silo, ports.Gateway, serviceId: "monitor", clusterId: "monitor-embedded");
                silo.AddMonitorStorage(options.Data);
                silo.Services.AddSerializer(s => s.AddMonitorSerialization());
                silo.UseInMemoryReminderService().AddMonitorWebhooks();
                silo.AddMonitorTelemetry();
            });
        }
        else
        {
            builder.AddMonitorCluster(options);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMonitorIngest();
        builder.Services.AddProblemDetails();
        builder.Services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions = MonitorJson.Create());
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            foreach (var converter in MonitorJson.Options.Converters)
            {
                o.SerializerOptions.Converters.Add(converter);
            }
        });
        builder.Services.AddSingleton<HubChangeObserver>();
        builder.Services.AddSingleton<StoryCatalog>();
        builder.Services.AddSingleton<StoryCatalogFeed>();
        builder.Services.AddHostedService(s => s.GetRequiredService<StoryCatalogFeed>());
        builder.Services.AddHostedService<ChangeObserverLease>();
        builder.Services.AddHostedService<FeedReplayService>();
        builder.AddIngestApi();
        builder.AddMonitorTelemetry();
        return builder;
    }

    /// <summary>The embedded default keeps grain state and logs in one SQLite file; without a file, in memory.</summary>
    private static ISiloBuilder AddMonitorStorage(this ISiloBuilder silo, string? data)
    {
        if (string.IsNullOrWhiteSpace(data))
        {
            silo.AddMemoryGrainStorage(MonitorStorage.Name);
            silo.Services.AddSingleton<IJournal, InMemoryJournal>();
            return silo;
        }
        var path = Path.GetFullPath(data);
        silo.AddSqliteGrainStorage(MonitorStorage.Name, path);
        silo.Services.AddSqliteJournal(path);
        return silo;
    }

    public static WebApplication MapMonitor(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapMonitorTelemetry();
        var dashboard = new ManifestEmbeddedFileProvider(typeof(MonitorHostExtensions).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = dashboard });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = dashboard });
        app.MapIngestApi();
        app.MapSnapshotApi();
        app.MapStoriesApi();
        app.MapHub<MonitorHub>(MonitorHub.Path);
        return app;
    }
}
