using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// The one writer of a SQLite file. SQLite allows a single writer at a time; rather than letting
/// many grains race for the lock and spin on busy retries, writes queue here and whatever has queued
/// while the previous transaction was committing goes into the next one (group commit), so one
/// fsync covers many commits.
/// </summary>
/// <remarks>
/// The background checkpoints (<see cref="SqliteCheckpointer"/>) copy the write-ahead log into the
/// file, but under a sustained ingest the writer commits again before one finishes, and SQLite
/// restarts the log only when a checkpoint has caught up with the last commit: the log would grow
/// without end. So when a background checkpoint finds the log past <c>logFramesBound</c>, the writer
/// runs one itself between two transactions. Nothing is committed meanwhile, so it catches up,
/// having only the frames the background one left to copy, and the next transaction writes the log
/// from its start again.
/// </remarks>
internal sealed partial class SqliteWriter : IAsyncDisposable
{
    private const int MaxBatch = 512;

    // The transaction's own statements, prepared once (see SqliteStatement): a SqliteTransaction
    // prepares BEGIN and COMMIT anew each time, a few microseconds of every commit.
    private const string Begin = "BEGIN IMMEDIATE";
    private const string End = "COMMIT";
    private const string RollBack = "ROLLBACK";
    private const string DataVersion = "PRAGMA data_version";

    /// <summary>How many transactions go by between two checkpoint requests.</summary>
    public const int CheckpointEvery = 64;
    private readonly Channel<SqliteWrite> _queue = Channel.CreateUnbounded<SqliteWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnection _connection;
    private readonly SqliteWriteScope _scope;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private readonly SqliteCheckpointer _checkpointer;
    private long _dataVersion = -1;
    private int _sinceCheckpoint;
    private int _logTooLong;

    public SqliteWriter(SqliteConnection connection, ILogger logger, SqliteCheckpointer checkpointer, long logFramesBound)
    {
        _checkpointer = checkpointer;
        _checkpointer.Checkpointed += result =>
        {
            if (result.LogFrames > logFramesBound)
            {
                Volatile.Write(ref _logTooLong, 1);
            }
        };
        _connection = connection;
        _scope = new SqliteWriteScope(connection);
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public async Task<T> WriteAsync<T>(Func<SqliteWriteScope, T> apply, CancellationToken cancellationToken = default)
    {
        var write = new SqliteWrite(scope => apply(scope), cancellationToken);
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteWriter), "The SQLite file is closed.");
        }
        return (T)(await write.Completion)!;
    }

    private async Task RunAsync()
    {
        var batch = new List<SqliteWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }
            Commit(batch);
            batch.Clear();
            if (Interlocked.Exchange(ref _logTooLong, 0) == 1)
            {
                CatchUpCheckpoint();
            }
        }
    }

    private void CatchUpCheckpoint()
    {
        try
        {
            using var reader = _scope.Command("PRAGMA wal_checkpoint(PASSIVE)").ExecuteReader();
            reader.Read();
            LogCaughtUp(_logger, reader.GetInt64(1), reader.GetInt64(2));
        }
        catch (Exception error)
        {
            // The log only grows until the next background checkpoint asks again; no commit is at stake.
            LogCatchUpFailed(_logger, error);
        }
    }

    private void Commit(List<SqliteWrite> batch)
    {
        try
        {
            // BEGIN IMMEDIATE: take the file's write lock up front, so another process holding it
            // makes us wait on the busy timeout here rather than fail half way through the batch.
            _scope.Statement(Begin).Run();
            ForgetHeadsIfOthersWrote();
            foreach (var write in batch)
            {
                write.Apply(_scope);
            }
            _scope.Statement(End).Run();
            _scope.Heads.KeepTransaction();
            if (++_sinceCheckpoint >= CheckpointEvery)
            {
                _sinceCheckpoint = 0;
                _checkpointer.Request();
            }
        }
        catch (Exception error)
        {
            _scope.Heads.DropTransaction();
            RollBackIfOpen();
            LogBatchFailed(_logger, error, batch.Count);
            foreach (var write in batch)
            {
                write.Fail(error);
            }
            return;
        }
        foreach (var write in batch)
        {
            write.Complete();
        }
    }

    /// <summary>A failed statement or COMMIT (the file busy past the timeout) can leave the transaction open.</summary>
    private void RollBackIfOpen()
    {
        try
        {
            if (_scope.InTransaction)
            {
                _scope.Statement(RollBack).Run();
            }
        }
        catch (Exception error)
        {
            // The batch's writers still hear of their failure; the next BEGIN fails, and says why, until SQLite recovers.
            LogRollBackFailed(_logger, error);
        }
    }

    /// <summary>
    /// This process is meant to be the file's only writer, but nothing stops a second one: SQLite's data
    /// version moves when another connection commits, and then the remembered heads are not trusted.
    /// Read under the write lock, so nobody else can commit until this transaction ends.
    /// </summary>
    private void ForgetHeadsIfOthersWrote()
    {
        var version = _scope.Statement(DataVersion).Run();
        if (version != _dataVersion)
        {
            _scope.Heads.Forget();
            _dataVersion = version;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        _scope.Dispose();
        await _connection.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The writer checkpointed the write-ahead log: {Checkpointed} of {Frames} frames in the file.")]
    private static partial void LogCaughtUp(ILogger logger, long frames, long checkpointed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The writer's checkpoint of a long write-ahead log failed; the log grows until the next one.")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rolling back a failed SQLite transaction failed.")]
    private static partial void LogRollBackFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A SQLite transaction of {Writes} writes failed; none of them is stored.")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int writes);
}
