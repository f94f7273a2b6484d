namespace Monitor.Analysis;

/// <summary>
/// The people a story names in full, by surname: what a lone surname stands for in an article that never
/// gives the full name ("Maduro" where other outlets wrote "Nicolás Maduro"). A lone surname the story has
/// no full name for yet is held, and filed under the full name when an article of the story gives it, so
/// the order articles arrive in does not matter. A surname two people of the story share stands for neither.
/// A full name whose given name is one slip away from a long given name the story has already, with the same
/// surname ("Jonathon" against "Jonathan"), is filed under the name the story met first, unless one article
/// names both: outlets misspell a name, and the entity then shows the two spellings as a name divergence.
/// A full name's middle initials (a key's "~hw", <see cref="PersonName.Middle"/>) count only where the story
/// meets two of them: the first the story meets keeps the plain key, so a person written with one middle or
/// none is one entity across articles and stories, and each other middle is filed under a key of its own
/// ("person:george.bush~hw"); within one article, the middles in key order. Names with a middle are so grouped
/// the same whatever the order articles arrive in; a name without one is filed under the plain key, the
/// person the story met first, as it cannot wait for a middle that may never come.
/// Fed every article as the story takes it, so a story rebuilt from its articles resolves as it did.
/// </summary>
public sealed class StoryPeople
{
    private const string Person = "person:";
    // Surname key -> the one full-name key of the story with it, or null when there are several.
    private readonly Dictionary<string, string?> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HeldMention>> _held = new(StringComparer.Ordinal);
    // The rest of a full-name key after its given name ("fox", "jackson.jr") -> the given names the story has with it.
    private readonly Dictionary<string, List<string>> _givens = new(StringComparer.Ordinal);
    // A full-name key filed under the near-miss spelling the story met first.
    private readonly Dictionary<string, string> _slips = new(StringComparer.Ordinal);
    // A full-name key -> the middle initials the story met first with it, which keep the plain key.
    private readonly Dictionary<string, string> _middles = new(StringComparer.Ordinal);

    /// <summary>A full name "person:given.surname..." has a dot; a lone surname "person:surname" has none.</summary>
    public static bool IsLoneSurname(string key) =>
        key.StartsWith(Person, StringComparison.Ordinal) && !key.Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// Takes an article: its <paramref name="keys"/> (the keys of its mentions, in order) and the mentions of
    /// its lone surnames. Returns the key each mention is filed under (null while held) and the held mentions
    /// of earlier articles that this article's full names resolve.
    /// </summary>
    public StoryPeopleUpdate Add(string articleId, string source, string nearDuplicateKey, IReadOnlyList<string> keys, IReadOnlyList<EntityMention> loneSurnames)
    {
        var split = keys.Select(PersonName.SplitMiddle).ToList();
        var plain = split.ConvertAll(k => k.Key);
        keys = [.. split.Select(k => Middled(Spelled(k.Key, plain), k.Middle, learn: true))];
        List<string>? known = null;
        foreach (var key in keys)
        {
            if (SurnameOf(key) is { } surname)
            {
                if (!_bySurname.TryGetValue(surname, out var before))
                {
                    (known ??= []).Add(surname);
                    _bySurname.Add(surname, key);
                }
                else if (before != key)
                {
                    _bySurname[surname] = null;
                }
            }
        }
        var filed = new string?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (!IsLoneSurname(key))
            {
                filed[i] = key;
                continue;
            }
            var surname = key[Person.Length..];
            if (_bySurname.GetValueOrDefault(surname) is { } full)
            {
                filed[i] = full;
            }
            else if (loneSurnames.FirstOrDefault(m => m.Key == key) is { } mention)
            {
                Held(surname).Add(new HeldMention(articleId, source, nearDuplicateKey, mention));
            }
        }
        return new StoryPeopleUpdate(filed, Release(known));
    }

    /// <summary>The keys <paramref name="keys"/> are filed under now, changing nothing: what a retried article is told again.</summary>
    public IReadOnlyList<string?> Filed(IReadOnlyList<string> keys) =>
        [.. keys.Select(FiledNow)];

    private string? FiledNow(string key)
    {
        if (IsLoneSurname(key))
        {
            return _bySurname.GetValueOrDefault(key[Person.Length..]);
        }
        var (full, middle) = PersonName.SplitMiddle(key);
        return Middled(_slips.GetValueOrDefault(full, full), middle, learn: false);
    }

    /// <summary>
    /// The key a full name with <paramref name="middle"/> initials is filed under: the plain key when it has none
    /// or the story met these first (<paramref name="learn"/>: or none yet, now known to the story), else the key with them.
    /// </summary>
    private string Middled(string key, string? middle, bool learn)
    {
        if (middle is null)
        {
            return key;
        }
        if (!_middles.TryGetValue(key, out var first))
        {
            if (learn)
            {
                _middles.Add(key, middle);
            }
            return key;
        }
        return first == middle ? key : PersonName.WithMiddle(key, middle);
    }

    /// <summary>
    /// The key a full name is filed under: the story's earlier spelling of it when its given name is a slip of
    /// that one and <paramref name="article"/> does not name both; else itself, now known to the story.
    /// </summary>
    private string Spelled(string key, IReadOnlyList<string> article)
    {
        if (_slips.TryGetValue(key, out var filed))
        {
            return filed;
        }
        if (SurnameOf(key) is null)
        {
            return key;
        }
        var dot = key.IndexOf('.', Person.Length);
        var (given, rest) = (key[Person.Length..dot], key[(dot + 1)..]);
        if (!_givens.TryGetValue(rest, out var givens))
        {
            _givens.Add(rest, givens = []);
        }
        if (givens.Contains(given, StringComparer.Ordinal))
        {
            return key;
        }
        foreach (var earlier in givens)
        {
            var other = $"{Person}{earlier}.{rest}";
            if (GivenNames.AreSlips(earlier, given) && !article.Contains(other, StringComparer.Ordinal))
            {
                _slips.Add(key, other);
                return other;
            }
        }
        givens.Add(given);
        return key;
    }

    private List<HeldMention> Held(string surname)
    {
        if (!_held.TryGetValue(surname, out var held))
        {
            _held.Add(surname, held = []);
        }
        return held;
    }

    /// <summary>The held mentions of surnames the story has just learnt one full name of, filed under it.</summary>
    private List<HeldMention> Release(List<string>? surnames)
    {
        var released = new List<HeldMention>();
        foreach (var surname in surnames ?? [])
        {
            if (_bySurname[surname] is { } full && _held.Remove(surname, out var held))
            {
                released.AddRange(held.Select(h => h with { Mention = h.Mention with { Key = full } }));
            }
        }
        return released;
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
        var end = key.AsSpan(given + 1).IndexOfAny('.', PersonName.MiddleMark) is var at and >= 0 ? given + 1 + at : -1;
        return key[(given + 1)..(end < 0 ? key.Length : end)];
    }
}

/// <summary>What taking an article did: the key each of its mentions is filed under (null while held), and earlier mentions now filed.</summary>
public sealed record StoryPeopleUpdate(IReadOnlyList<string?> Keys, IReadOnlyList<HeldMention> Released);

/// <summary>A lone surname's mention waiting for its story to name the person in full, with the article it came from.</summary>
public sealed record HeldMention(string ArticleId, string Source, string NearDuplicateKey, EntityMention Mention);
