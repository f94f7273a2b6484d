namespace Monitor.Analysis;

/// <summary>A country as the lexicon knows it.</summary>
public sealed record Country(string Name, string Key, string People);

/// <summary>Looks up country names, aliases, demonyms and capitals (as metonyms) to one canonical country.</summary>
public static class Countries
{
    private static readonly Dictionary<string, Country> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Country> ByDemonym = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Country> ByCapital = new(StringComparer.Ordinal);
    private static readonly HashSet<string> FirstWords = new(StringComparer.Ordinal);
    private static readonly WordFilter Names;
    private static readonly WordFilter Demonyms;
    private static readonly WordFilter Capitals;

    static Countries()
    {
        foreach (var line in CountryTable.Data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            var demonyms = parts[2].Split(',');
            var people = demonyms.FirstOrDefault(d => d.EndsWith('s')) ?? demonyms[0];
            var country = new Country(parts[0], "place:" + TextKey.Of(parts[0]), people);
            ByName[parts[0]] = country;
            Fill(ByName, parts[1], country);
            Fill(ByDemonym, parts[2], country);
            Fill(ByCapital, parts[3], country);
        }
        foreach (var surface in ByName.Keys.Concat(ByDemonym.Keys).Concat(ByCapital.Keys))
        {
            FirstWords.Add(surface.Split(' ')[0]);
        }
        (Names, Demonyms, Capitals) = (new WordFilter(ByName.Keys), new WordFilter(ByDemonym.Keys), new WordFilter(ByCapital.Keys));
    }

    /// <summary>The longest number of words any entry has, so a scanner knows how far to look.</summary>
    public const int MaxWords = 4;

    /// <summary>Whether any country name, demonym or capital starts with this word: a cheap test before joining words.</summary>
    public static bool MayStartWith(ReadOnlySpan<char> word) => FirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static Country? ByNameOrAlias(ReadOnlySpan<char> surface) => Strip(surface) is var name && Names.MayContain(name) ? Lookup(ByName, name) : null;

    public static Country? OfDemonym(ReadOnlySpan<char> surface) => Demonyms.MayContain(surface) ? Lookup(ByDemonym, surface) : null;

    public static Country? OfCapital(ReadOnlySpan<char> surface) => Capitals.MayContain(surface) ? Lookup(ByCapital, surface) : null;

    /// <summary>A country named in any form: name, alias, demonym or capital.</summary>
    public static Country? Find(ReadOnlySpan<char> surface) =>
        ByNameOrAlias(surface) ?? OfDemonym(surface) ?? OfCapital(surface);

    private static Country? Lookup(Dictionary<string, Country> map, ReadOnlySpan<char> surface) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surface, out var country) ? country : null;

    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> surface) =>
        surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? surface[4..] : surface;

    private static void Fill(Dictionary<string, Country> map, string list, Country country)
    {
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            map.TryAdd(item, country);
        }
    }
}
