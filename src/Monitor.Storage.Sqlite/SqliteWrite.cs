using Microsoft.Data.Sqlite;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// One caller's write inside a group commit. It runs under its own savepoint, so a write that fails
/// (a version conflict) leaves nothing behind while the others in the same transaction still commit.
/// </summary>
internal sealed class SqliteWrite(Func<SqliteWriteScope, object?> apply, CancellationToken cancellationToken)
{
    private const string Savepoint = "write";
    private readonly TaskCompletionSource<object?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private object? _result;
    private Exception? _error;

    public Task<object?> Completion => _completion.Task;

    public void Apply(SqliteWriteScope scope, SqliteTransaction transaction)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            _error = new OperationCanceledException(cancellationToken);
            return;
        }
        transaction.Save(Savepoint);
        try
        {
            _result = apply(scope);
            transaction.Release(Savepoint);
            scope.Heads.KeepWrite();
        }
        catch (Exception error)
        {
            scope.Heads.DropWrite();
            transaction.Rollback(Savepoint);
            transaction.Release(Savepoint);
            _error = error;
        }
    }

    /// <summary>The transaction committed: the write is durable unless it failed on its own.</summary>
    public void Complete()
    {
        if (_error is OperationCanceledException)
        {
            _completion.TrySetCanceled(cancellationToken);
        }
        else if (_error is not null)
        {
            _completion.TrySetException(_error);
        }
        else
        {
            _completion.TrySetResult(_result);
        }
    }

    /// <summary>The transaction did not commit: nothing of this write is stored.</summary>
    public void Fail(Exception error) => _completion.TrySetException(_error ?? error);
}
