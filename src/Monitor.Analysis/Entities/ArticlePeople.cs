namespace Monitor.Analysis;

/// <summary>
/// The full names of people in one article, by surname, in article order. A short form ("Clinton",
/// "Mr. Clinton") is the full name with its surname said last before it (the person the text is about
/// there), or else the first one after it: "Hillary Clinton ... Bill Clinton ... Clinton" is Bill.
/// The article also tells who is who among people of one name: "Jesse Jackson Jr." is not "Jesse
/// Jackson" where both are named, and a name given a rank ("Capt. Ron Johnson") is a person in uniform,
/// not the politician of that name. Two middles of one name ("Ann B. Holt", "Ann C. Holt") are two people
/// here: their keys carry the middle initials, and a name without one ("Ann Holt") is, like a short form,
/// the one of them said last before it, or else the first after it. Elsewhere the middle is left to the story.
/// </summary>
internal sealed class ArticlePeople
{
    private readonly Dictionary<string, List<NameSpan>> _bySurname = new(StringComparer.Ordinal);
    private readonly HashSet<string> _plain = new(StringComparer.Ordinal);
    // These three are made only for an article that needs them: most name no one in uniform and no two middles.
    private HashSet<string>? _ranked;
    // The key of a full name -> the middle initials the article gives it first; and the keys given two middles.
    private Dictionary<string, string>? _middles;
    private HashSet<string>? _split;

    public ArticlePeople(List<NameSpan> spans)
    {
        foreach (var span in spans)
        {
            if (IsPerson(span) && !span.Pending && PersonName.IsFullName(span.Surface))
            {
                var surname = PersonName.SurnameKey(span.Surface);
                if (!_bySurname.TryGetValue(surname, out var list))
                {
                    _bySurname.Add(surname, list = []);
                }
                list.Add(span);
                if (PersonName.Suffix(span.Surface) is null)
                {
                    _plain.Add(Key(span.Surface));
                }
                if (PersonName.Middle(span.Surface) is { } middle && !(_middles ??= new(StringComparer.Ordinal)).TryAdd(Key(span.Surface), middle) && _middles[Key(span.Surface)] != middle)
                {
                    (_split ??= new(StringComparer.Ordinal)).Add(Key(span.Surface));
                }
            }
        }
        foreach (var span in spans)
        {
            if (IsPerson(span) && span.Title is { } title && Titles.IsRank(title) && FullNameOf(span) is { } full)
            {
                (_ranked ??= new(StringComparer.Ordinal)).Add(Key(full.Surface));
            }
        }
    }

    /// <summary>
    /// The full name a name stands for: itself when it has a given name (at the start of a sentence, only if
    /// the article gives it elsewhere too; without a middle name where the article gives two, the one said
    /// last before it), else the one the article gives, or null.
    /// </summary>
    public NameSpan? FullNameOf(NameSpan name)
    {
        var full = !PersonName.IsFullName(name.Surface) ? Nearest(name, null)
            : !name.Pending || Known(name) ? name
            : null;
        return full is not null && _split is not null && _split.Contains(Key(full.Surface)) && PersonName.Middle(full.Surface) is null
            ? Nearest(full, Key(full.Surface)) ?? full
            : full;
    }

    /// <summary>
    /// The full name of <paramref name="name"/>'s surname said last before it, or else the first after it; only
    /// those of <paramref name="key"/> with a middle name when a key is given.
    /// </summary>
    private NameSpan? Nearest(NameSpan name, string? key)
    {
        if (!_bySurname.TryGetValue(PersonName.SurnameKey(name.Surface), out var names))
        {
            return null;
        }
        NameSpan? before = null;
        NameSpan? after = null;
        foreach (var full in names)
        {
            if (key is not null && (Key(full.Surface) != key || PersonName.Middle(full.Surface) is null))
            {
                continue;
            }
            if (full.Sentence < name.Sentence || full.Sentence == name.Sentence && full.End <= name.First)
            {
                before = full;
            }
            else
            {
                after ??= full;
            }
        }
        return before ?? after;
    }

    /// <summary>The key of a full name of this article.</summary>
    public string KeyOf(string fullName)
    {
        var key = Key(fullName);
        var junior = _plain.Contains(key) && PersonName.Suffix(fullName) is not null;
        var filed = junior ? PersonName.Key(fullName, junior: true) : key;
        filed = _ranked is not null && _ranked.Contains(key) ? filed + ".ranked" : filed;
        return _split is not null && _split.Contains(key) ? PersonName.WithMiddle(filed, PersonName.Middle(fullName)) : filed;
    }

    private bool Known(NameSpan name) =>
        _bySurname.TryGetValue(PersonName.SurnameKey(name.Surface), out var names) && names.Exists(n => Key(n.Surface) == Key(name.Surface));

    private static string Key(string name) => PersonName.Key(name);

    private static bool IsPerson(NameSpan span) => span.Kind == EntityKind.Person && span.Country is null && span.AliasOf is null;
}
