using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Monitor.Host;

namespace Monitor.Cli.Bench;

/// <summary>The embedded host as <c>monitor serve</c> runs it, durable on a temporary SQLite file, with no rate limit in the way.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(WebApplication app, Uri address, string data)
    {
        App = app;
        Address = address;
        Data = data;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public string Data { get; }

    public IGrainFactory Grains => (IGrainFactory)App.Services.GetService(typeof(IGrainFactory))!;

    public long StoredBytes => new[] { Data, Data + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    /// <summary>
    /// Copies the write-ahead log into the file, as the host's background checkpoints do, and returns
    /// when it is done: what a part of the bench wrote is then not copied while the next part is timed.
    /// </summary>
    public void Checkpoint()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Data, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        command.ExecuteNonQuery();
    }

    public static async Task<BenchHost> StartAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), $"monitor-bench-{Guid.NewGuid():N}.db");
        var port = FreePort.Pick();
        var app = MonitorApp.Create(
        [
            $"--Monitor:Port={port}", $"--Monitor:Data={data}", "--Monitor:Replay=",
            "--Api:RateLimit=100000000", "--Logging:LogLevel:Default=Error",
            "--Logging:Console:LogToStandardErrorThreshold=Trace", "--Telemetry:OrleansDashboard=false",
        ]);
        await app.StartAsync();
        return new BenchHost(app, new Uri($"http://127.0.0.1:{port}"), data);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        foreach (var file in new[] { Data, Data + "-wal", Data + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
