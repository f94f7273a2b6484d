namespace Monitor.Analysis;

/// <summary>
/// Keys for people. Near-miss spellings of one person ("Marc"/"Marco", "Mike"/"Michael", accents)
/// share a key, made of the surname and the first three letters of the canonical first name;
/// distinct people sharing a surname ("Bill"/"Hillary") keep distinct keys.
/// </summary>
internal static class PersonName
{
    private static readonly HashSet<string> Suffixes = WordLists.Set("Jr. Jr Sr. Sr II III IV");

    public static string[] Words(string name) =>
        [.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Suffixes.Contains(w))];

    public static string Surname(string name)
    {
        var words = Words(name);
        return words.Length == 0 ? name : words[^1];
    }

    public static string Key(string name)
    {
        var words = Words(name);
        var surname = TextKey.Of(words.Length == 0 ? name : words[^1]);
        if (words.Length < 2)
        {
            return "person:" + surname;
        }
        var first = CanonicalFirst(words[0]);
        return "person:" + first[..Math.Min(3, first.Length)] + "." + surname;
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
