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
    private readonly Dictionary<HeadKey, long> _committed = [];
    private readonly Dictionary<HeadKey, long> _transaction = [];
    private readonly Dictionary<HeadKey, long> _write = [];

    /// <summary>The remembered head of a stream or topic; false when it must be read from the file.</summary>
    public bool TryGet(HeadKind kind, string name, out long head)
    {
        var key = new HeadKey(kind, name);
        return _write.TryGetValue(key, out head) || _transaction.TryGetValue(key, out head) || _committed.TryGetValue(key, out head);
    }

    public void Set(HeadKind kind, string name, long head) => _write[new HeadKey(kind, name)] = head;

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

    private static void Move(Dictionary<HeadKey, long> from, Dictionary<HeadKey, long> to)
    {
        foreach (var (key, head) in from)
        {
            to[key] = head;
        }
        from.Clear();
    }
}

/// <summary>What a head counts: a stream's events or a topic's changes.</summary>
internal enum HeadKind
{
    Stream,
    Topic,
}

/// <summary>A stream or topic by kind and name, so a lookup builds no combined string.</summary>
internal readonly record struct HeadKey(HeadKind Kind, string Name);
