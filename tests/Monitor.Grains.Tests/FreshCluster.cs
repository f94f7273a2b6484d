using Microsoft.Extensions.DependencyInjection;
using Monitor.Storage.Sqlite;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Monitor.Grains.Tests;

/// <summary>A cluster of its own for one test run, with grain state and logs in its own SQLite file.</summary>
internal static class FreshCluster
{
    public static async Task<InProcessTestCluster> StartAsync(short silos, string file)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqliteGrainStorage(MonitorStorage.Name, file);
            silo.Services.AddSqliteJournal(file);
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

    public static string NewFile() => Path.Combine(Path.GetTempPath(), $"monitor-test-{Guid.NewGuid():N}.db");

    public static void Delete(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
