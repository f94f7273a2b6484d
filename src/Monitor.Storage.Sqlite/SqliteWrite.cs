namespace Monitor.Storage.Sqlite;

/// <summary>
/// One caller's write inside a group commit. It runs under its own savepoint, so a write that fails
/// (a version conflict) leaves nothing behind while the others in the same transaction still commit;
/// an error after which SQLite has rolled the whole transaction back fails them all.
/// The savepoint statements are prepared once (<see cref="SqliteStatement"/>): a transaction's own
/// savepoint methods prepare a new command every time, twice a write.
/// </summary>
internal sealed class SqliteWrite(Func<SqliteWriteScope, object?> apply, CancellationToken cancellationToken)
{
    private const string Save = "SAVEPOINT write";
    private const string Release = "RELEASE write";
    private const string RollBack = "ROLLBACK TO write";
    private readonly TaskCompletionSource<object?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private object? _result;
    private Exception? _error;

    public Task<object?> Completion => _completion.Task;

    public void Apply(SqliteWriteScope scope)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            _error = new OperationCanceledException(cancellationToken);
            return;
        }
        scope.Statement(Save).Run();
        try
        {
            _result = apply(scope);
            scope.Statement(Release).Run();
            scope.Heads.KeepWrite();
        }
        catch (Exception error)
        {
            scope.Heads.DropWrite();
            if (!scope.InTransaction)
            {
                // SQLite rolled the whole transaction back: every write in it fails, with this cause.
                throw;
            }
            scope.Statement(RollBack).Run();
            scope.Statement(Release).Run();
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
