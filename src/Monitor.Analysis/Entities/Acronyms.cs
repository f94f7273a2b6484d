namespace Monitor.Analysis;

/// <summary>
/// An acronym stands for a name of the same article whose initials it spells, with or without the small
/// words ("NATO" for the North Atlantic Treaty Organization, "FOIA" for the Freedom of Information Act,
/// "UNESCO" for the United Nations Educational, Scientific and Cultural Organization).
/// </summary>
internal static class Acronyms
{
    /// <summary>Each acronym in <paramref name="names"/> that spells a longer name of them becomes that name.</summary>
    public static void Join(List<LocatedName> names)
    {
        if (!names.Exists(n => n.Span.Country is null && IsAcronym(n.Span.Surface)))
        {
            return;
        }
        Dictionary<string, LocatedName>? byInitials = null;
        foreach (var name in names)
        {
            if (name.Kind is not (EntityKind.Person or EntityKind.Other) && name.Span.Country is null && name.Name.Contains(' '))
            {
                byInitials ??= new Dictionary<string, LocatedName>(StringComparer.Ordinal);
                byInitials.TryAdd(Initials(name.Name, allWords: true), name);
                byInitials.TryAdd(Initials(name.Name, allWords: false), name);
            }
        }
        if (byInitials is null)
        {
            return;
        }
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Span.Country is null && IsAcronym(name.Span.Surface) && byInitials.TryGetValue(Letters(name.Span.Surface), out var full))
            {
                names[i] = full with { Span = name.Span };
            }
        }
    }

    private static bool IsAcronym(string surface)
    {
        var letters = 0;
        foreach (var c in surface)
        {
            if (c == ' ' || char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static string Letters(string surface) => new([.. surface.Where(char.IsLetter)]);

    /// <summary>The first letters of the words (only the capitalised ones unless <paramref name="allWords"/>), in capitals.</summary>
    private static string Initials(string name, bool allWords)
    {
        var letters = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetter(w[0]) && (allWords || char.IsUpper(w[0])))
            .Select(w => char.ToUpperInvariant(w[0]));
        return new string([.. letters]);
    }
}
