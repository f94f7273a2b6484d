using Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Contracts;
using Monitor.Grains;

namespace Monitor.Cli;

/// <summary>A silo in this process that keeps nothing: what the snapshot command replays a folder into.</summary>
internal static class EmbeddedSilo
{
    public static async Task<IHost> StartAsync(CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreeTcpPort(), FreeTcpPort(), serviceId: "monitor", clusterId: "monitor-snapshot");
            silo.AddMemoryGrainStorage(MonitorStorage.Name);
            silo.Services.AddSingleton<IJournal, InMemoryJournal>();
            silo.Services.AddSerializer(s => s.AddMonitorSerialization());
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMonitorIngest();
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }

    private static int FreeTcpPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
