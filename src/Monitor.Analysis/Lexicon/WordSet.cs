namespace Monitor.Analysis;

/// <summary>A fixed list of words, compared ignoring case, that turns most other words away before hashing them.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(_words);
    }

    public bool Contains(string word) => _filter.MayContain(word) && _words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.Contains(word);
}
