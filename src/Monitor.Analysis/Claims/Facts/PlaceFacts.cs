namespace Monitor.Analysis;

/// <summary>
/// Places where something happened: "killed in Akron, Ohio", "a rally at the Civic Arena", "spoke in Ohio". The
/// place is one the article's entities name as a place or facility, or a town the text puts in a state or a
/// country ("Akron, Ohio"), and an event word stands near it. The value's family is the place's level (a
/// town, a state, a country, a site), so a town only ever meets a town: "in Akron" and "in Ohio" are both true.
/// </summary>
internal static class PlaceFacts
{
    public const string Slot = "place";

    /// <summary>The levels of a place; two places of different levels do not contradict each other.</summary>
    public const string Town = "town";
    public const string State = "state";
    public const string Country = "country";
    public const string Region = "region";
    public const string Area = "area";
    public const string Site = "site";
    public const string Feature = "feature";

    private const int WordsBefore = 5;
    private const int WordsAfter = 4;
    private const int MaxTownWords = 3;

    private static readonly WordSet Prepositions = WordLists.Set("in at near");

    // General words of news events: what happens at a place, and the verbs that tell it happened there.
    private static readonly WordSet EventWords = WordLists.Set("""
        killed kill killing died dead death deaths shot shooting shootings gunman attack attacked attacks bombing bomb
        blast explosion exploded crash crashed fire fires stabbed stabbing wounded injured arrested arrest arrests raid
        held hold holds holding happened occurred rally rallies protest protests protested protesters march marched
        riot riots clashes vigil funeral meeting met meet summit conference convention speech spoke speaking remarks
        address addressed appearance appeared event fundraiser ceremony visit visited visiting debate interview
        hearing trial announced announcement launched signed signing gathered gathering campaigned stop storm flood
        earthquake hurricane tornado election vote voted primary caucus
        """);

    private static readonly WordSet AreaHeads = WordLists.Set("county province region district state border");
    private static readonly WordSet FeatureHeads = WordLists.Set("river lake mountain mountains island islands valley bay coast sea ocean gulf desert peninsula strait");
    private static readonly WordSet SiteHeads = WordLists.Set("street avenue square park");

    public static void Add(ClaimContext context, List<Claim> claims)
    {
        var places = new Dictionary<(int Sentence, int First), LocatedName>();
        foreach (var name in context.Entities.Names)
        {
            if (name.Kind is EntityKind.Place or EntityKind.Facility && !context.Sentences[name.Span.Sentence].IsHeading)
            {
                places[(name.Span.Sentence, name.Span.First)] = name;
            }
        }
        var towns = Towns(context.Sentences, places);
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var sentence = context.Sentences[s];
            var tokens = sentence.Tokens;
            if (sentence.IsHeading)
            {
                continue;
            }
            for (var i = 0; i + 1 < tokens.Length; i++)
            {
                if (!Prepositions.Contains(tokens[i].Text))
                {
                    continue;
                }
                var first = tokens[i + 1].Is("the") && i + 2 < tokens.Length ? i + 2 : i + 1;
                if (PlaceAt(sentence, s, first, places, towns) is not { } place || !NearEvent(tokens, i, place.End))
                {
                    continue;
                }
                claims.Add(new Claim(Slot, ClaimKind.Place, place.Value, sentence.Text, FactContext.Of(sentence, first, place.End)));
                i = place.End - 1;
            }
        }
    }

    private sealed record Found(ClaimValue Value, int End);

    /// <summary>The place named at <paramref name="first"/>: a town put in a state or country, a town the article put in one elsewhere, or a recognised place.</summary>
    private static Found? PlaceAt(Sentence sentence, int s, int first, Dictionary<(int, int), LocatedName> places, HashSet<string>? towns)
    {
        var tokens = sentence.Tokens;
        var words = TownWords(tokens, first);
        if (words > 0 && first + words < tokens.Length && tokens[first + words].Text is ",")
        {
            if (ContainerAt(sentence, s, first + words + 1, places) is var container and > 0 && !places.ContainsKey((s, first)))
            {
                return TownAt(sentence, first, first + words, container);
            }
        }
        if (places.TryGetValue((s, first), out var name) && !InLongerName(tokens, name))
        {
            return Comma(tokens, first, name.Span.End) is var comma and > 0
                ? TownAt(sentence, first, comma, name.Span.End) // "Rockford, Ill."
                : new Found(new ClaimValue(name.Span.Surface, Key(name), Family: LevelOf(name)), name.Span.End);
        }
        if (words > 0 && towns is not null && towns.Contains(Surface(sentence, first, first + words)) && (first + words == tokens.Length || !tokens[first + words].IsCapitalised))
        {
            return TownAt(sentence, first, first + words, first + words);
        }
        return null;
    }

    /// <summary>A town at tokens [first, end), shown with what follows it up to <paramref name="shownEnd"/> ("Akron, Ohio").</summary>
    private static Found TownAt(Sentence sentence, int first, int end, int shownEnd) =>
        new(new ClaimValue(Surface(sentence, first, shownEnd), NameKey.Of("place:", Surface(sentence, first, end)), Family: Town), shownEnd);

    /// <summary>
    /// The end of a state or a country named at <paramref name="at"/> after a town and its comma: a recognised state or
    /// country ("Akron, Ohio") or a state's abbreviation ("Rockford, Ill."); 0 for none.
    /// </summary>
    private static int ContainerAt(Sentence sentence, int s, int at, Dictionary<(int, int), LocatedName> places)
    {
        var tokens = sentence.Tokens;
        if (at >= tokens.Length)
        {
            return 0;
        }
        if (places.TryGetValue((s, at), out var container) && LevelOf(container) is State or Country)
        {
            return container.Span.End;
        }
        if (UsStates.Abbreviations.Contains(tokens[at].Text))
        {
            return at + 1;
        }
        if (at + 1 < tokens.Length && tokens[at + 1].Text is "." && tokens[at + 1].Start == tokens[at].End && tokens[at].Length <= 4)
        {
            Span<char> abbreviation = stackalloc char[tokens[at].Length + 1];
            tokens[at].Text.CopyTo(abbreviation);
            abbreviation[^1] = '.';
            return UsStates.Abbreviations.Contains(abbreviation) ? at + 2 : 0;
        }
        return 0;
    }

    /// <summary>The towns the article puts in a state or country somewhere ("Rockford, Ill.", "Akron, Ohio"): a bare "in Akron" is that town.</summary>
    private static HashSet<string>? Towns(IReadOnlyList<Sentence> sentences, Dictionary<(int, int), LocatedName> places)
    {
        HashSet<string>? towns = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s].Tokens;
            for (var comma = 1; comma + 1 < tokens.Length; comma++)
            {
                if (tokens[comma].Text is not "," || !NameScanner.IsNameToken(tokens[comma - 1]) || ContainerAt(sentences[s], s, comma + 1, places) == 0)
                {
                    continue;
                }
                var start = comma - 1;
                while (start > 0 && comma - start < MaxTownWords && NameScanner.IsNameToken(tokens[start - 1]))
                {
                    start--;
                }
                if (!places.ContainsKey((s, start)))
                {
                    (towns ??= new(StringComparer.OrdinalIgnoreCase)).Add(Surface(sentences[s], start, comma));
                }
            }
        }
        return towns;
    }

    /// <summary>How many capitalised words at <paramref name="first"/> can be a town's name (at most three), or 0.</summary>
    private static int TownWords(ReadOnlySpan<Token> tokens, int first)
    {
        var words = 0;
        while (first + words < tokens.Length && words < MaxTownWords && NameScanner.IsNameToken(tokens[first + words]))
        {
            words++;
        }
        return words;
    }

    /// <summary>Whether an event word stands a few words before the preposition at <paramref name="at"/> or just after the place.</summary>
    private static bool NearEvent(ReadOnlySpan<Token> tokens, int at, int end)
    {
        for (var i = Math.Max(0, at - WordsBefore); i < Math.Min(tokens.Length, end + WordsAfter); i++)
        {
            if ((i < at || i >= end) && EventWords.Contains(tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The comma inside a name at [first, end), or 0.</summary>
    private static int Comma(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            if (tokens[i].Text is ",")
            {
                return i;
            }
        }
        return 0;
    }

    /// <summary>
    /// A place that only qualifies what follows: a demonym ("a French court") or a name that runs on into
    /// another ("the Utah Jazz"). A weekday after it ("in Ohio Tuesday") is no part of its name.
    /// </summary>
    private static bool InLongerName(ReadOnlySpan<Token> tokens, LocatedName name)
    {
        var end = name.Span.End;
        return name.Span.Country is not null && Countries.OfDemonym(name.Span.Surface) is not null && Countries.ByNameOrAlias(name.Span.Surface) is null
            || end < tokens.Length && NameScanner.IsNameToken(tokens[end]) && Calendar.Weekday(tokens[end].Text) < 0;
    }

    private static string Key(LocatedName name) => name.Span.Country is not null ? name.Key : NameKey.Of("place:", name.Span.Surface);

    /// <summary>The level of a recognised place: a country, a state, a region, or by its head word an area, a natural feature, a site or a town.</summary>
    internal static string LevelOf(LocatedName name)
    {
        var surface = name.Span.Surface;
        if (name.Span.Country is not null)
        {
            return Country;
        }
        if (name.Kind == EntityKind.Facility)
        {
            return Site;
        }
        if (UsStates.Names.Contains(surface) || UsStates.Abbreviations.Contains(surface))
        {
            return State;
        }
        if (WordLists.Regions.Contains(surface))
        {
            return Region;
        }
        var head = surface.AsSpan(surface.LastIndexOf(' ') + 1);
        return AreaHeads.Contains(head) ? Area : FeatureHeads.Contains(head) ? Feature : SiteHeads.Contains(head) ? Site : Town;
    }

    private static string Surface(Sentence sentence, int first, int end) => DayFacts.Verbatim(sentence, sentence.Tokens, first, end);
}
