using System.Runtime.CompilerServices;
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
    /// <summary>Starts the silo on free loopback ports, on new ones if those are taken before it binds them.</summary>
    public static Task<IHost> StartAsync(CancellationToken cancellationToken) => SiloStartup.StartAsync(Build, cancellationToken);

    private static IHost Build()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Once the command is done and the silo stops, the grains' last pushes find no silo ("no active nodes",
        // "silo is shutting down"): errors of a silo that keeps nothing, which say nothing to the user.
        var stopping = new StrongBox<bool>();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The watchdog measures a long-lived silo's health; in a command that lives seconds its first check only
        // reports the time since the process started.
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning && !stopping.Value);
        builder.Services.AddHostedService(services => new StopSignal(services.GetRequiredService<IHostApplicationLifetime>(), stopping));
        var ports = SiloPorts.Pick();
        builder.Services.AddSingleton(ports);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(ports.Silo, ports.Gateway, serviceId: "monitor", clusterId: "monitor-snapshot");
            silo.AddMemoryGrainStorage(MonitorStorage.Name);
            silo.Services.AddSingleton<IJournal, InMemoryJournal>();
            silo.Services.AddSerializer(s => s.AddMonitorSerialization());
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMonitorIngest();
        return builder.Build();
    }

    private sealed class StopSignal(IHostApplicationLifetime lifetime, StrongBox<bool> stopping) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStopping.Register(() => stopping.Value = true);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
