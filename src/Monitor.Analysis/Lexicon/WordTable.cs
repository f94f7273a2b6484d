namespace Monitor.Analysis;

/// <summary>Reads the small lexicons written as lines of <c>class: word, word, word</c> into word to class.</summary>
internal static class WordTable
{
    public static WordMap Parse(string table)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(':');
            foreach (var word in parts[1].Split(','))
            {
                map.TryAdd(word, parts[0]);
            }
        }
        return new WordMap(map);
    }
}
