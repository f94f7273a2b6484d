using Orleans.Serialization;
using System.Net;
using Microsoft.Extensions.FileProviders;
using Monitor.Contracts;
using Monitor.Grains;
using Monitor.Webhooks;

namespace Monitor.Host;

public static class MonitorHostExtensions
{
    /// <summary>The embedded default: a silo in this process, the web API, the SignalR hub and the dashboard.</summary>
    public static WebApplicationBuilder AddMonitor(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(MonitorOptions.Section).Get<MonitorOptions>() ?? new MonitorOptions();
        builder.Services.Configure<MonitorOptions>(builder.Configuration.GetSection(MonitorOptions.Section));
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort.OrPick(options.SiloPort), FreePort.OrPick(options.GatewayPort), serviceId: "monitor", clusterId: "monitor-embedded");
            silo.AddMemoryGrainStorage(MonitorStorage.Name);
            silo.Services.AddSingleton<IJournal, InMemoryJournal>();
            silo.Services.AddSerializer(s => s.AddMonitorSerialization());
            silo.UseInMemoryReminderService().AddMonitorWebhooks();
        });

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
        builder.Services.AddHostedService<ChangeObserverLease>();
        builder.Services.AddHostedService<FeedReplayService>();
        return builder;
    }

    public static WebApplication MapMonitor(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var dashboard = new ManifestEmbeddedFileProvider(typeof(MonitorHostExtensions).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = dashboard });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = dashboard });
        app.MapArticlesApi();
        app.MapSnapshotApi();
        app.MapWebhooksApi();
        app.MapHub<MonitorHub>(MonitorHub.Path);
        return app;
    }
}
