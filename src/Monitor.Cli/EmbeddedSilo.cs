using Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Contracts;
using Monitor.Grains;
using Monitor.Host;

namespace Monitor.Cli;

/// <summary>A silo in this process that keeps nothing: what the snapshot command replays a folder into.</summary>
internal static class EmbeddedSilo
{
    private const int Attempts = 3;

    /// <summary>
    /// Starts the silo on free loopback ports. A port found free can be taken by another process
    /// before the silo binds it, so a start that finds its address in use tries new ports.
    /// </summary>
    public static async Task<IHost> StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var host = Build();
            try
            {
                await host.StartAsync(cancellationToken);
                return host;
            }
            catch (Exception ex) when (attempt < Attempts && IsAddressInUse(ex))
            {
                host.Dispose();
            }
        }
    }

    private static bool IsAddressInUse(Exception? ex) =>
        ex is not null && (ex is Microsoft.AspNetCore.Connections.AddressInUseException ||
                           (ex is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse }) ||
                           IsAddressInUse(ex.InnerException) ||
                           (ex is AggregateException aggregate && aggregate.InnerExceptions.Any(IsAddressInUse)));

    private static IHost Build()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort.Pick(), FreePort.Pick(), serviceId: "monitor", clusterId: "monitor-snapshot");
            silo.AddMemoryGrainStorage(MonitorStorage.Name);
            silo.Services.AddSingleton<IJournal, InMemoryJournal>();
            silo.Services.AddSerializer(s => s.AddMonitorSerialization());
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMonitorIngest();
        return builder.Build();
    }
}
