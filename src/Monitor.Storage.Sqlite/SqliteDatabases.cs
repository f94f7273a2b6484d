using Microsoft.Extensions.Logging;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// The files open in this process, one <see cref="SqliteDatabase"/> (and so one writer) per path:
/// grain storage and the journal registered on the same path share the file's single writer.
/// </summary>
internal sealed class SqliteDatabases(ILoggerFactory loggerFactory) : IAsyncDisposable, IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SqliteDatabase> _open = new(StringComparer.Ordinal);

    public SqliteDatabase Open(string path)
    {
        var fullPath = Path.GetFullPath(path);
        lock (_lock)
        {
            if (!_open.TryGetValue(fullPath, out var database))
            {
                database = SqliteDatabase.Open(fullPath, loggerFactory);
                _open[fullPath] = database;
            }
            return database;
        }
    }

    /// <summary>For containers disposed synchronously: a container refuses to dispose an async-only singleton.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        SqliteDatabase[] open;
        lock (_lock)
        {
            open = [.. _open.Values];
            _open.Clear();
        }
        foreach (var database in open)
        {
            await database.DisposeAsync();
        }
    }
}
