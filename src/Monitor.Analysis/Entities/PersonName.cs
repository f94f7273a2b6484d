namespace Monitor.Analysis;

/// <summary>
/// People are keyed by full name: the given name (a short form as its formal name, "Bill" as William; one
/// spelling of variants, "Marc"/"Marco", "Lindsey"/"Lindsay"), the surname (<see cref="NameKey.Spelling"/>)
/// and a generational suffix ("Sr.", "III"; see <see cref="Key"/> for "Jr."), which is part of who someone is:
/// "person:given.surname.suffix", so a story can tell the surname of a key (<see cref="StoryPeople"/>).
/// Middle names and initials are not part of that key, so "Donald J. Trump" and "Donald Trump" are one person
/// across articles and stories; but two different middles, both given ("John A. Smith", "John B. Smith";
/// "George W." and "George H. W."), are two people. An article's key carries a name's middle initials after a
/// <see cref="MiddleMark"/> ("person:john.smith~a"), and the article (<see cref="ArticlePeople"/>) and the
/// story (<see cref="StoryPeople"/>) keep it only where they meet two middles of one name. A lone surname keys as itself.
/// </summary>
internal static class PersonName
{
    private static readonly WordSet Suffixes = WordLists.Set("Jr. Jr Sr. Sr II III IV");

    private static readonly NameMemo<string?> Middles = new(MiddleOf);
    private static readonly NameMemo<string> Keys = new(name => KeyOf(name, junior: false));
    private static readonly NameMemo<string> JuniorKeys = new(name => KeyOf(name, junior: true));
    private static readonly NameMemo<string> SurnameKeys = new(name => NameKey.Spelling(TextKey.Of(SurnameOf(name).ToString())));

    /// <summary>Sets a name's middle initials apart at the end of a key: "person:john.smith~a".</summary>
    public const char MiddleMark = '~';

    public static bool IsSuffix(ReadOnlySpan<char> word) => Suffixes.Contains(word);

    /// <summary>
    /// The initials of the middle names of a full name, in order ("hw" for "George H. W. Bush" and for
    /// "George Herbert Walker Bush"), or null when it has none. Lower-case particles ("van", "de") are not middle names.
    /// </summary>
    public static string? Middle(string name) => Middles[name];

    private static string? MiddleOf(string name)
    {
        Span<char> initials = stackalloc char[8];
        var (words, count) = (0, 0);
        var last = '\0';
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range];
            if (word.Length == 0 || Suffixes.Contains(word))
            {
                continue;
            }
            // Each word's initial is held back one word: the last word is the surname, not a middle name.
            if (words++ >= 2 && char.IsUpper(last) && count < initials.Length)
            {
                initials[count++] = char.ToLowerInvariant(last);
            }
            last = word[0];
        }
        return count == 0 ? null : new string(initials[..count]);
    }

    /// <summary>A key with a name's middle initials after it, or the key itself when the name has none.</summary>
    public static string WithMiddle(string key, string? middle) => middle is null ? key : key + MiddleMark + middle;

    /// <summary>A key without the middle initials it may carry, and those initials (null when none).</summary>
    public static (string Key, string? Middle) SplitMiddle(string key) =>
        key.IndexOf(MiddleMark) is var mark and >= 0 ? (key[..mark], key[(mark + 1)..]) : (key, null);

    /// <summary>Whether a name has a given name before its surname: two words or more, suffixes aside; <see cref="Words"/>' length, without the array.</summary>
    public static bool IsFullName(string name)
    {
        var words = 0;
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range];
            if (word.Length > 0 && !Suffixes.Contains(word) && ++words >= 2)
            {
                return true;
            }
        }
        return false;
    }

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

    /// <summary>
    /// The key of a name. "Jr." is left out unless <paramref name="junior"/>: most outlets drop it ("Joe Biden"
    /// for "Joseph R. Biden Jr."), so it counts only where an article names the father too (<see cref="ArticlePeople"/>).
    /// "Sr.", "II", "III" and "IV" always count.
    /// </summary>
    public static string Key(string name, bool junior = false) => junior ? JuniorKeys[name] : Keys[name];

    private static string KeyOf(string name, bool junior)
    {
        var words = Words(name);
        if (words.Length < 2)
        {
            return "person:" + SurnameKey(name);
        }
        var suffix = Suffix(name) is { } s && (s != "jr" || junior) ? "." + s : "";
        return "person:" + Given(words[0]) + "." + NameKey.Spelling(TextKey.Of(words[^1])) + suffix;
    }

    /// <summary>The surname as keys spell it: "person:maduro" is a lone surname, "person:nicolas.maduro" a full name.</summary>
    public static string SurnameKey(string name) => SurnameKeys[name];

    /// <summary>"jr", "sr", "ii", ...: the generational suffix of a name, or null.</summary>
    public static string? Suffix(string name)
    {
        var (words, last) = (0, default(Range));
        foreach (var range in name.AsSpan().Split(' '))
        {
            if (!name.AsSpan()[range].IsEmpty)
            {
                (words, last) = (words + 1, range);
            }
        }
        return words > 2 && Suffixes.Contains(name.AsSpan()[last]) ? TextKey.Of(name[last]) : null;
    }

    /// <summary>Which person a name is, within an entity: the whole key, so any two names of it may diverge.</summary>
    public static string? Family(string name) => Words(name).Length < 2 ? null : Key(name, junior: true);

    /// <summary>
    /// Given name and surname, short forms as formal names and the surname as keys spell it: "Donald J. Trump"
    /// and "Donald Trump" say the same, and so do a surname and its slip ("Okiefor", "Okeifor"); "Marc" and "Marco" do not.
    /// </summary>
    public static string Canonical(string name)
    {
        var words = Words(name);
        return words.Length < 2 ? TextKey.Of(name) : Nicknames.FormalOf(TextKey.Of(words[0])) + " " + NameKey.Spelling(TextKey.Of(words[^1])) + (Suffix(name) is { } s ? " " + s : "");
    }

    /// <summary>The given name's key: its formal name, then spelling variants as one ("th" as "t", "-ey"/"-ay" as "-y", a final "o" of a long name dropped).</summary>
    private static string Given(string given)
    {
        var formal = NameKey.Spelling(Nicknames.FormalOf(TextKey.Of(given)));
        formal = formal.Replace("th", "t", StringComparison.Ordinal).Replace("ph", "f", StringComparison.Ordinal);
        if (formal.Length > 3 && (formal.EndsWith("ey", StringComparison.Ordinal) || formal.EndsWith("ay", StringComparison.Ordinal) || formal.EndsWith("ie", StringComparison.Ordinal) || formal.EndsWith("ei", StringComparison.Ordinal)))
        {
            formal = formal[..^2] + "y";
        }
        return formal.Length >= 5 && formal[^1] == 'o' ? formal[..^1] : formal;
    }
}
