using Microsoft.Extensions.DependencyInjection;
using Monitor.Storage.Sqlite;
using Orleans.TestingHost;

namespace Monitor.Grains.Tests;

/// <summary>A cluster of its own for one test run, with grain state and logs in its own SQLite file.</summary>
internal static class FreshCluster
{
    public static Task<InProcessTestCluster> StartAsync(short silos, string file) =>
        InProcessCluster.StartAsync(silos, silo =>
        {
            silo.AddSqliteGrainStorage(MonitorStorage.Name, file);
            silo.Services.AddSqliteJournal(file);
        });

    public static string NewFile() => Path.Combine(Path.GetTempPath(), $"monitor-test-{Guid.NewGuid():N}.db");

    public static void Delete(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
