using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// Moves the write-ahead log into the file on a connection of its own, every
/// <see cref="SqliteWriter.CheckpointEvery"/> transactions. SQLite would otherwise do it on the
/// writer's connection, in the commit that crosses its size limit: the copy and the syncs of a
/// checkpoint then stall every commit queued behind it, which a subscriber sees as a late push. A
/// PASSIVE checkpoint takes no lock that blocks the writer; one runs at a time, and requests that
/// arrive meanwhile are folded into the next.
/// </summary>
internal sealed partial class SqliteCheckpointer : IAsyncDisposable
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly Task _loop;

    public SqliteCheckpointer(string connectionString, ILogger logger)
    {
        _connectionString = connectionString;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Raised after each checkpoint, on the checkpointer's thread.</summary>
    public event Action<WalCheckpoint>? Checkpointed;

    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>Runs a checkpoint now: what the log held and how much of it is in the file.</summary>
    public WalCheckpoint Run()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new WalCheckpoint(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }

    private async Task RunAsync()
    {
        await foreach (var _ in _requests.Reader.ReadAllAsync())
        {
            try
            {
                Checkpointed?.Invoke(Run());
            }
            catch (Exception error)
            {
                // The log only grows until the next request succeeds; no commit is at stake.
                LogCheckpointFailed(_logger, error);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _loop;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A WAL checkpoint failed; the writer asks again after its next transactions.")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception error);
}

/// <summary>The outcome of a checkpoint: whether it was kept from finishing, the log's frames, and those now in the file.</summary>
internal sealed record WalCheckpoint(bool Busy, long LogFrames, long CheckpointedFrames);
