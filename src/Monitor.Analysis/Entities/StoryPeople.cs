namespace Monitor.Analysis;

/// <summary>
/// The people a story names in full, by surname: what a lone surname stands for in an article that never
/// gives the full name ("Maduro" after other outlets wrote "Nicolás Maduro"). A surname that two people of
/// the story share stands for neither. Fed the entity keys of each article as the story takes it, so a
/// story rebuilt from its articles resolves as it did.
/// </summary>
public sealed class StoryPeople
{
    private const string Person = "person:";
    // Surname key -> the one full-name key of the story with it, or null when there are several.
    private readonly Dictionary<string, string?> _bySurname = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            if (SurnameOf(key) is { } surname)
            {
                _bySurname[surname] = _bySurname.TryGetValue(surname, out var known) && known != key ? null : key;
            }
        }
    }

    /// <summary>The keys with each lone surname that the story knows one full name of replaced by that name's key; the same list when none is.</summary>
    public IReadOnlyList<string> Resolve(IReadOnlyList<string> keys)
    {
        string[]? resolved = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key.StartsWith(Person, StringComparison.Ordinal) && !key.Contains('.', StringComparison.Ordinal)
                && _bySurname.GetValueOrDefault(key[Person.Length..]) is { } full)
            {
                resolved ??= [.. keys];
                resolved[i] = full;
            }
        }
        return resolved ?? keys;
    }

    /// <summary>"maduro" of "person:nicolas.maduro" or "person:jesse.jackson.jr"; null for lone surnames and other entities.</summary>
    private static string? SurnameOf(string key)
    {
        if (!key.StartsWith(Person, StringComparison.Ordinal))
        {
            return null;
        }
        var given = key.IndexOf('.', Person.Length);
        if (given < 0)
        {
            return null;
        }
        var end = key.IndexOf('.', given + 1);
        return key[(given + 1)..(end < 0 ? key.Length : end)];
    }
}
