namespace Monitor.Analysis;

/// <summary>
/// What a pure rule makes of a name, worked out once a thread: a name keys the same in every article, and the
/// news names the same people and places day after day. A thread's table forgets all it holds past
/// <see cref="MaxNames"/>, so it stays bounded.
/// </summary>
internal sealed class NameMemo<T>(Func<string, T> rule)
{
    private const int MaxNames = 10_000;

    private readonly ThreadLocal<Dictionary<string, T>> _made = new(() => new(StringComparer.Ordinal));

    public T this[string name]
    {
        get
        {
            var made = _made.Value!;
            if (made.TryGetValue(name, out var value))
            {
                return value;
            }
            if (made.Count >= MaxNames)
            {
                made.Clear();
            }
            value = rule(name);
            made.Add(name, value);
            return value;
        }
    }
}
