using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Monitor.Grains.Tests;

/// <summary>An in-process cluster of Monitor's grains on the storage a test gives it, with a client that can ingest.</summary>
internal static class InProcessCluster
{
    public static async Task<InProcessTestCluster> StartAsync(short silos, Action<ISiloBuilder> storage)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            storage(silo);
            silo.Services.AddSerializer(s => s.AddMonitorSerialization());
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddSerializer(s => s.AddMonitorSerialization());
            client.Services.AddSingleton(TimeProvider.System);
            client.Services.AddMonitorIngest();
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
