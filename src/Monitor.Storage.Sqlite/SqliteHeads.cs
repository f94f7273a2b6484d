namespace Monitor.Storage.Sqlite;

/// <summary>
/// The last version of each stream and the last sequence of each topic, remembered by the writer so a
/// commit need not look them up. A value becomes known only with the write and then the transaction
/// that stored it: a write rolled back to its savepoint, or a transaction that failed, leaves nothing
/// here, so the expected-version check stays as strict as the SELECT it replaces.
/// </summary>
internal sealed class SqliteHeads
{
    // Past this many keys the memory is dropped and heads are read from the file again as they are needed.
    private const int MaxKnown = 500_000;
    private readonly Dictionary<string, long> _committed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _transaction = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _write = new(StringComparer.Ordinal);

    public long Get(string key, Func<string, long> read)
    {
        if (_write.TryGetValue(key, out var head) || _transaction.TryGetValue(key, out head) || _committed.TryGetValue(key, out head))
        {
            return head;
        }
        return read(key);
    }

    public void Set(string key, long head) => _write[key] = head;

    public void KeepWrite() => Move(_write, _transaction);

    public void DropWrite() => _write.Clear();

    public void KeepTransaction()
    {
        if (_committed.Count + _transaction.Count > MaxKnown)
        {
            _committed.Clear();
        }
        Move(_transaction, _committed);
    }

    public void DropTransaction()
    {
        _write.Clear();
        _transaction.Clear();
    }

    /// <summary>Another connection wrote to the file: what we remember may be stale.</summary>
    public void Forget()
    {
        _committed.Clear();
        DropTransaction();
    }

    private static void Move(Dictionary<string, long> from, Dictionary<string, long> to)
    {
        foreach (var (key, head) in from)
        {
            to[key] = head;
        }
        from.Clear();
    }
}
