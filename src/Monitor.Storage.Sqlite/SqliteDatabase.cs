using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// One SQLite file holding grain state, event streams and the change log. Writes go through its
/// single <see cref="SqliteWriter"/>; reads open pooled connections of their own and run in
/// parallel with the writer, which WAL allows.
/// </summary>
public sealed class SqliteDatabase : IAsyncDisposable
{
    private const int BusyTimeoutMs = 10_000;
    private const int WriterCacheKib = 64 * 1024;

    /// <summary>
    /// The write-ahead log's size past which the writer catches a checkpoint up itself: 256 MB of 4 KB
    /// pages. The bench ran faster than with 64 MB (2,200-2,380 articles/s against 1,840-2,170): each
    /// catch-up holds every commit back for its syncs, and a larger bound needs fewer.
    /// </summary>
    internal const long LogFramesBound = 65_536;
    private readonly string _connectionString;

    private SqliteDatabase(string path, string connectionString, SqliteWriter writer, SqliteCheckpointer checkpointer)
    {
        Path = path;
        _connectionString = connectionString;
        Writer = writer;
        Checkpointer = checkpointer;
    }

    public string Path { get; }

    internal SqliteWriter Writer { get; }

    internal SqliteCheckpointer Checkpointer { get; }

    /// <summary>Opens (creating if needed) the file at <paramref name="path"/> and its tables.</summary>
    public static SqliteDatabase Open(string path, ILoggerFactory? loggerFactory = null) => Open(path, loggerFactory, LogFramesBound);

    internal static SqliteDatabase Open(string path, ILoggerFactory? loggerFactory, long logFramesBound)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(fullPath) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // WAL: readers never block the writer nor the writer the readers, and a commit appends to
        // the log instead of rewriting pages in place. The mode is stored in the file itself.
        Execute(connection, "PRAGMA journal_mode=WAL;");
        // NORMAL under WAL syncs at checkpoints, not on every commit: a process crash loses nothing
        // committed and the file never corrupts; only a power cut or OS crash may drop the last few
        // commits. That trade buys most of the commit rate the ingest needs.
        Execute(connection, "PRAGMA synchronous=NORMAL;");
        Execute(connection, $"PRAGMA busy_timeout={BusyTimeoutMs};");
        // The writer inserts all over the key indexes (one stream per story, entity and source); with
        // SQLite's default 2 MB page cache most inserts read their index pages back from the file or
        // the log. 64 MB keeps the hot pages of a large file in memory (memory is taken as pages fill).
        Execute(connection, $"PRAGMA cache_size=-{WriterCacheKib};");
        Execute(connection, SqliteSchema.Create);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SqliteDatabase>();
        var checkpointer = new SqliteCheckpointer(connectionString, logger);
        // The writer's commits never checkpoint by themselves: the writer asks the checkpointer instead.
        Execute(connection, "PRAGMA wal_autocheckpoint=0;");
        return new SqliteDatabase(fullPath, connectionString, new SqliteWriter(connection, logger, checkpointer, logFramesBound), checkpointer);
    }

    /// <summary>A connection for reading; dispose it to return it to the pool.</summary>
    internal async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        await Checkpointer.DisposeAsync();
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
