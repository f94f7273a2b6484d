namespace Monitor.Analysis;

/// <summary>
/// Keys for people: the surname, so "Rubio", "Marc Rubio" and "Marco Rubio" in any article are one
/// entity. Within it, first names that share their first letters after nicknames and accents are folded
/// ("Marc"/"Marco", "Mike"/"Michael") are one person spelled two ways, a name divergence; first names
/// that do not ("Bill"/"Hillary") are people who share a surname, never a divergence.
/// </summary>
internal static class PersonName
{
    private static readonly WordSet Suffixes = WordLists.Set("Jr. Jr Sr. Sr II III IV");

    public static string[] Words(string name) =>
        [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Suffixes.Contains(w))];

    /// <summary>The last word that is not a suffix, or the name itself when it has none; <see cref="Words"/>' last, without the array.</summary>
    public static string Surname(string name) => SurnameOf(name) is var surname && surname.Length == name.Length ? name : surname.ToString();

    /// <summary>The <see cref="Surname"/> as a part of the name, for look-ups that need no string.</summary>
    public static ReadOnlySpan<char> SurnameOf(string name)
    {
        var rest = name.AsSpan();
        while (rest.Length > 0)
        {
            var space = rest.LastIndexOf(' ');
            var word = rest[(space + 1)..];
            if (word.Length > 0 && !Suffixes.Contains(word))
            {
                return word;
            }
            rest = rest[..Math.Max(space, 0)];
        }
        return name;
    }

    public static string Key(string name) => TextKey.Of("person:", SurnameOf(name));

    /// <summary>Which person of a surname a full name is: the first letters of the canonical first name.</summary>
    public static string? Family(string name)
    {
        var words = Words(name);
        if (words.Length < 2)
        {
            return null;
        }
        var first = CanonicalFirst(words[0]);
        return first[..Math.Min(3, first.Length)] + "." + TextKey.Of(words[^1]);
    }

    /// <summary>First and last name only, nicknames folded: "Donald J. Trump" and "Donald Trump" say the same.</summary>
    public static string Canonical(string name)
    {
        var words = Words(name);
        return words.Length < 2 ? TextKey.Of(name) : CanonicalFirst(words[0]) + " " + TextKey.Of(words[^1]);
    }

    private static string CanonicalFirst(string first)
    {
        var key = TextKey.Of(first);
        return WordLists.Nicknames.GetValueOrDefault(key, key);
    }
}
