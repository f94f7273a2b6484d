namespace Monitor.Analysis;

/// <summary>A fixed table from words, compared ignoring case, to their class; most other words are turned away before hashing.</summary>
internal sealed class WordMap
{
    private readonly Dictionary<string, string> _classes;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter;

    public WordMap(Dictionary<string, string> classes)
    {
        _classes = classes;
        _lookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(classes.Keys);
    }

    public bool TryGetValue(string word, out string value)
    {
        value = "";
        return _filter.MayContain(word) && _classes.TryGetValue(word, out value!);
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out string value)
    {
        value = "";
        return _filter.MayContain(word) && _lookup.TryGetValue(word, out value!);
    }

    public bool ContainsKey(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    public string? GetValueOrDefault(string word) => TryGetValue(word, out var value) ? value : null;

    public string? GetValueOrDefault(ReadOnlySpan<char> word) => TryGetValue(word, out var value) ? value : null;

    public string GetValueOrDefault(string word, string fallback) => TryGetValue(word, out var value) ? value : fallback;
}
