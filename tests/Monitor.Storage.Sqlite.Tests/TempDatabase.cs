namespace Monitor.Storage.Sqlite.Tests;

/// <summary>A fresh SQLite file per test, deleted with its WAL and shared-memory files afterwards.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("monitor-sqlite-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "monitor.db");

    public SqliteDatabase Open() => SqliteDatabase.Open(Path);

    public SqliteDatabase Open(long logFramesBound) => SqliteDatabase.Open(Path, null, logFramesBound);

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
