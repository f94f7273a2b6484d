namespace Monitor.Analysis;

/// <summary>
/// Turns the names of one article into canonical entities: short forms ("Rubio", "Maduro's") resolve
/// to the full name the article gives, demonyms and capitals to their country, acronyms to the name
/// before them in brackets or to the name whose initials they spell. Headings only repeat names the body or the lexicon knows.
/// </summary>
internal static class EntityRecognizer
{
    /// <summary>The names found before they are resolved: one list a thread, emptied for each article.</summary>
    [ThreadStatic]
    private static List<NameSpan>? t_spans;

    public static ArticleEntities Recognize(IReadOnlyList<Sentence> sentences)
    {
        var spans = t_spans ??= [];
        spans.Clear();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].IsHeading)
            {
                NameScanner.Scan(sentences[i], i, spans);
            }
        }
        var people = new ArticlePeople(spans);
        var resolved = new List<LocatedName>(spans.Count);
        foreach (var span in spans)
        {
            if (Resolve(span, people, resolved) is { } name)
            {
                resolved.Add(name);
            }
        }
        spans.Clear();
        Acronyms.Join(resolved);
        AddHeadingNames(sentences, resolved);
        return new ArticleEntities(Mentions(sentences, resolved), resolved);
    }

    private static LocatedName? Resolve(NameSpan span, ArticlePeople people, List<LocatedName> resolved)
    {
        if (span.Country is { } country)
        {
            return new LocatedName(span, country.Key, country.Name, EntityKind.Place, null);
        }
        if (span.AliasOf is { } named && LastOf(resolved, named) is { } target)
        {
            return target with { Span = span };
        }
        if (span.Kind == EntityKind.Person)
        {
            if (people.FullNameOf(span) is { } full)
            {
                return new LocatedName(span, people.KeyOf(full.Surface), full.Surface, EntityKind.Person, span.CountryOfPerson);
            }
            return span.Pending && span.Title is null
                ? null
                : new LocatedName(span, PersonName.Key(span.Surface), span.Surface, EntityKind.Person, span.CountryOfPerson);
        }
        if (span.Kind == EntityKind.Other)
        {
            return null;
        }
        var key = NameKey.Of(span.Kind == EntityKind.Place ? "place:" : "entity:", span.Surface);
        return new LocatedName(span, key, span.Surface, span.Kind, null);
    }

    private static LocatedName? LastOf(List<LocatedName> resolved, NameSpan span)
    {
        for (var i = resolved.Count - 1; i >= 0; i--)
        {
            if (resolved[i].Span == span)
            {
                return resolved[i];
            }
        }
        return null;
    }

    /// <summary>Names in headings: any run of words that the body (the names <paramref name="known"/> so far) or the country lexicon already knows.</summary>
    private static void AddHeadingNames(IReadOnlyList<Sentence> sentences, List<LocatedName> known)
    {
        if (!HasHeading(sentences))
        {
            return; // no table of the names to make
        }
        var bySurface = new Dictionary<string, LocatedName>(known.Count, StringComparer.Ordinal);
        foreach (var name in known)
        {
            bySurface.TryAdd(name.Span.Surface, name);
        }
        var surfaces = bySurface.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[TokenRun.StackLength];
        for (var s = 0; s < sentences.Count; s++)
        {
            if (!sentences[s].IsHeading)
            {
                continue;
            }
            var tokens = sentences[s].Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!tokens[i].IsCapitalised)
                {
                    continue;
                }
                for (var words = Math.Min(4, tokens.Length - i); words >= 1; words--)
                {
                    var surface = TokenRun.Join(tokens, i, words, buffer);
                    LocatedName? hit = surfaces.TryGetValue(surface, out var k) ? k with { Span = new NameSpan(s, i, i + words, k.Span.Surface, EntityKind.Other) }
                        : Countries.Find(surface) is { } c ? new LocatedName(new NameSpan(s, i, i + words, surface.ToString(), EntityKind.Other), c.Key, c.Name, EntityKind.Place, null)
                        : null;
                    if (hit is not null)
                    {
                        known.Add(hit);
                        i += words - 1;
                        break;
                    }
                }
            }
        }
    }

    private static bool HasHeading(IReadOnlyList<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.IsHeading)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One mention an entity key, by key; the names of a key stay in article order.</summary>
    private static List<EntityMention> Mentions(IReadOnlyList<Sentence> sentences, List<LocatedName> names)
    {
        var byKey = new (LocatedName Name, int Order)[names.Count];
        for (var i = 0; i < byKey.Length; i++)
        {
            byKey[i] = (names[i], i);
        }
        byKey.AsSpan().Sort(static (a, b) => string.CompareOrdinal(a.Name.Key, b.Name.Key) is var byName and not 0 ? byName : a.Order.CompareTo(b.Order));
        var keys = 0;
        for (var i = 0; i < byKey.Length; i++)
        {
            keys += i == 0 || byKey[i].Name.Key != byKey[i - 1].Name.Key ? 1 : 0;
        }
        var mentions = new List<EntityMention>(keys);
        var surfaces = new List<string>();
        for (var start = 0; start < byKey.Length;)
        {
            var end = start + 1;
            while (end < byKey.Length && byKey[end].Name.Key == byKey[start].Name.Key)
            {
                end++;
            }
            mentions.Add(Mention(sentences, byKey.AsSpan(start, end - start), surfaces));
            start = end;
        }
        return mentions;
    }

    /// <summary>The mention of one key: the longest name given (the first of those), all surfaces in ordinal order, the attributes.</summary>
    private static EntityMention Mention(IReadOnlyList<Sentence> sentences, ReadOnlySpan<(LocatedName Name, int Order)> group, List<string> surfaces)
    {
        var longest = group[0].Name;
        surfaces.Clear();
        foreach (var (name, _) in group)
        {
            longest = name.Name.Length > longest.Name.Length ? name : longest;
            surfaces.Add(name.Span.Surface);
        }
        surfaces.Sort(StringComparer.Ordinal);
        var distinct = new List<string>(surfaces.Count);
        foreach (var surface in surfaces)
        {
            if (distinct.Count == 0 || distinct[^1] != surface)
            {
                distinct.Add(surface);
            }
        }
        return new EntityMention(KeyOf(group), longest.Name, group[0].Name.Kind, distinct, Attributes(sentences, group));
    }

    /// <summary>
    /// The key of a group, a person's with the middle initials the article gives the name (at most one middle a key,
    /// <see cref="ArticlePeople"/> keys two apart), for the story to tell two middles of one name apart (<see cref="StoryPeople"/>).
    /// </summary>
    private static string KeyOf(ReadOnlySpan<(LocatedName Name, int Order)> group)
    {
        var key = group[0].Name.Key;
        if (group[0].Name.Kind != EntityKind.Person || key.Contains(PersonName.MiddleMark, StringComparison.Ordinal))
        {
            return key;
        }
        foreach (var (name, _) in group)
        {
            if (PersonName.Middle(name.Name) is { } middle)
            {
                return PersonName.WithMiddle(key, middle);
            }
        }
        return key;
    }

    private static List<EntityAttribute> Attributes(IReadOnlyList<Sentence> sentences, ReadOnlySpan<(LocatedName Name, int Order)> group)
    {
        var attributes = new List<EntityAttribute>();
        foreach (var (name, _) in group)
        {
            if (name.Kind != EntityKind.Person)
            {
                continue;
            }
            if (name.Span.End - name.Span.First >= 2 && !Has(attributes, "name", name.Span.Surface))
            {
                attributes.Add(new EntityAttribute("name", name.Span.Surface, sentences[name.Span.Sentence].Text));
            }
            if (name.Span.Title is { } title && !Has(attributes, "title", title))
            {
                attributes.Add(new EntityAttribute("title", title, sentences[name.Span.Sentence].Text));
            }
        }
        return attributes;
    }

    private static bool Has(List<EntityAttribute> attributes, string attribute, string value)
    {
        foreach (var a in attributes)
        {
            if (a.Attribute == attribute && a.Value == value)
            {
                return true;
            }
        }
        return false;
    }
}
