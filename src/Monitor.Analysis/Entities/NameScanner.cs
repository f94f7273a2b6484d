namespace Monitor.Analysis;

/// <summary>
/// Finds names in one sentence: runs of capitalised words (joined by "of", "de", ...), split into a
/// country or demonym, a title and a name, and read as a kind from the words in and around them.
/// </summary>
internal static class NameScanner
{
    private const int MaxNameWords = 8;
    private static readonly WordSet GovernmentNouns = WordLists.Set("administration government regime campaign cabinet");
    private static readonly WordSet GroupQualifiers = WordLists.Set("criminal terrorist militant armed extremist rebel paramilitary jihadist insurgent");

    public static void Scan(Sentence sentence, int index, List<NameSpan> found)
    {
        var tokens = sentence.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            var ordinal = NameShapes.OrdinalAt(tokens, i);
            if (!IsNameToken(tokens[i]) && ordinal == 0)
            {
                i++;
                continue;
            }
            var end = i + 1 + ordinal;
            while (end < tokens.Length && end - i < MaxNameWords && !IsCompoundModifier(tokens[end - 1]))
            {
                if (IsNameToken(tokens[end]))
                {
                    end++;
                }
                else if (end + 1 < tokens.Length && !tokens[end].IsCapitalised && WordLists.NameConnectors.Contains(tokens[end].Text) && IsNameToken(tokens[end + 1]))
                {
                    end += 2;
                }
                else if (NameShapes.ConnectorAfterBody(tokens, end) is var words and > 0)
                {
                    end += words;
                }
                else
                {
                    break;
                }
            }
            if (NameShapes.StateAfter(tokens, end) && end - i <= 3)
            {
                // "Ferguson, Mo.", "Washington, D.C.": a place, named with its state.
                found.Add(new NameSpan(index, i, end + 2, Surface(tokens, i, end + 2, sentence.Article), EntityKind.Place));
                i = end + 2;
                continue;
            }
            Split(sentence, index, i, end, found);
            i = end;
        }
    }

    public static bool IsNameToken(Token t) =>
        t.IsWord && t.IsCapitalised && t.Length > 1 && !t.Text.StartsWith("I'", StringComparison.Ordinal)
        && !WordLists.Months.Contains(t.Text);

    /// <summary>"Maduro-led": a name that modifies what follows; the name ends there.</summary>
    private static bool IsCompoundModifier(Token t)
    {
        var dash = t.Text.LastIndexOf('-');
        return dash > 0 && dash + 1 < t.Text.Length && !t.Text[(dash + 1)..].ContainsAnyExcept(LowerLetters);
    }

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static string Surface(ReadOnlySpan<Token> tokens, int first, int end, string article)
    {
        var last = tokens[end - 1];
        var lastEnd = IsCompoundModifier(last) ? last.Start + last.Text.LastIndexOf('-') : last.End;
        return article.Substring(tokens[first].Start, lastEnd - tokens[first].Start);
    }

    private static void Split(Sentence sentence, int index, int first, int end, List<NameSpan> found)
    {
        var tokens = sentence.Tokens;
        while (first < end && (IsSentenceStart(tokens, first) && WordLists.CommonCapitalised.Contains(tokens[first].Text)
            || tokens[first].Is("The") && !NameShapes.IsNamePart(tokens, first, end) || NameShapes.PartyBeforeName(tokens, first, end)))
        {
            first++;
        }
        if (NameShapes.OfPlace(tokens, first, end) is var of and > 0 || (of = NameShapes.PersonOf(tokens, first, end)) > 0)
        {
            // "Dana R. Whitfield of Ohio", "Dana Whitfield of Harbour Radio": the person, then the state or body they are of.
            Split(sentence, index, first, of, found);
            Split(sentence, index, of + 1, end, found);
            return;
        }
        if (NameShapes.PartyOfPlace(tokens, first, end) is var party and > 0)
        {
            Split(sentence, index, party + 1, end, found);
            return;
        }
        Country? leadingCountry = null;
        while (first < end)
        {
            var (country, words) = CountryAt(tokens, first, end);
            if (country is null)
            {
                break;
            }
            var rest = end - first - words;
            if (rest > 0 && rest <= 2 && Titles.Match(tokens, first + words) == 0 && NameShapes.IsHead(tokens[end - 1].Text))
            {
                break; // "American Immigration Council", "Chinese Communist Party", "Paris Island": the country is part of the name.
            }
            found.Add(new NameSpan(index, first, first + words, Surface(tokens, first, first + words, sentence.Article), EntityKind.Place) { Country = country });
            leadingCountry = country;
            first += words;
        }
        if (first >= end)
        {
            return;
        }
        leadingCountry ??= PossessiveCountryBefore(tokens, first, found, index);
        var (at, titleWords) = NameShapes.TitleAt(tokens, first, end);
        if (titleWords > 0)
        {
            if (at + titleWords >= end)
            {
                return;
            }
            var modifier = at > 0 && Titles.IsModifier(tokens[at - 1].Text) ? tokens[at - 1].ToString().ToLowerInvariant() + " " : "";
            var title = TokenRun.ToString(tokens, at, titleWords);
            found.Add(new NameSpan(index, at + titleWords, end, Surface(tokens, at + titleWords, end, sentence.Article), EntityKind.Person)
            {
                Title = Titles.IsHonorific(title) ? null : modifier + Titles.Normalise(title),
                CountryOfPerson = leadingCountry,
            });
            return;
        }
        found.Add(Classify(sentence, index, first, end, leadingCountry, found));
    }

    private static NameSpan Classify(Sentence sentence, int index, int first, int end, Country? country, List<NameSpan> found)
    {
        var tokens = sentence.Tokens;
        var surface = Surface(tokens, first, end, sentence.Article);
        var words = end - first;
        var next = end < tokens.Length ? tokens[end] : default;
        var previous = first > 0 ? tokens[first - 1] : default;
        var head = tokens[end - 1];
        NameSpan Span(EntityKind kind, bool pending = false) => new(index, first, end, surface, kind) { Pending = pending, CountryOfPerson = country };

        if (WordLists.Regions.Contains(surface) || UsStates.Names.Contains(surface))
        {
            return Span(EntityKind.Place);
        }
        if (words == 1 && (UsStates.Abbreviations.Contains(surface) || NameShapes.IsPartyTag(surface)))
        {
            return Span(EntityKind.Other); // "(D-N.Y.)", "Pa.": a party and state tag, not a name.
        }
        if (WordLists.RegionAdjectives.Contains(surface))
        {
            return Span(EntityKind.Other);
        }
        if (previous.Text is "(" && words == 1 && tokens[first].IsAcronym)
        {
            var before = first >= 2 ? tokens[first - 2] : default;
            var named = NameEndingAt(found, index, first - 1);
            if (named is not null && named.Kind != EntityKind.Person)
            {
                return Span(named.Kind) with { AliasOf = named };
            }
            if (!before.IsEmpty && WordLists.FacilityNouns.Contains(LastPart(before.Text)))
            {
                return Span(EntityKind.Facility);
            }
        }
        if (!next.IsEmpty && !next.IsCapitalised && WordLists.FacilityNouns.Contains(next.Text) || WordLists.FacilityNouns.Contains(head.Text))
        {
            return Span(EntityKind.Facility);
        }
        if (!next.IsEmpty && WordLists.GroupNouns.Contains(next.Text) || IsGroupCue(tokens, first))
        {
            return Span(EntityKind.Group);
        }
        if (words > 1 && EntityHeads.Laws.Contains(head.Text))
        {
            return Span(EntityKind.Law);
        }
        if (words > 1 && EntityHeads.Events.Contains(head.Text))
        {
            return Span(EntityKind.Event);
        }
        if (words > 1 && (WordLists.OrganisationHeads.Contains(head.Text) || EntityHeads.Members.Contains(head.Text) || EntityHeads.Bodies.Contains(head.Text))
            || words > 2 && NameShapes.HeadBeforeConnector(tokens, first, end)
            || words == 1 && EntityHeads.Bodies.Contains(head.Text))
        {
            return Span(EntityKind.Organization);
        }
        if (WordLists.PlaceHeads.Contains(head.Text) || WordLists.PlaceHeads.Contains(tokens[first].Text) || NameShapes.PlaceOpeners.Contains(tokens[first].Text))
        {
            return Span(EntityKind.Place);
        }
        if (words == 1)
        {
            if (tokens[first].IsAcronym)
            {
                return Span(EntityKind.Organization);
            }
            // "the Biden administration", "Maduro's regime", "the Maduro-led government": said of a person.
            var surnameCue = !next.IsEmpty && GovernmentNouns.Contains(next.Text)
                || next.Text is "'s" or "’s" && end + 1 < tokens.Length && GovernmentNouns.Contains(tokens[end + 1].Text)
                || IsCompoundModifier(tokens[end - 1]);
            return Span(EntityKind.Person, pending: !surnameCue);
        }
        if (tokens[first].Is("The"))
        {
            return Span(EntityKind.Organization); // "The Hill", "The Atlantic": a title of a paper or a body.
        }
        // At the start of a sentence any word is capitalised: a name there is a person if it opens with a
        // given name, or if the article names that person elsewhere (pending until then).
        if (NameShapes.HasOf(tokens, first, end))
        {
            return Span(EntityKind.Organization); // "Chamber of Commerce", "House of Representatives": no person's name has an "of".
        }
        var personLike = words <= 4 && !AnyAcronymOrCountry(tokens, first, end);
        var sentenceStart = IsSentenceStart(tokens, first) && !Nicknames.IsGivenName(tokens[first].Text);
        return Span(personLike ? EntityKind.Person : EntityKind.Other, pending: personLike && sentenceStart);
    }

    private static bool AnyAcronymOrCountry(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (tokens[i].IsAcronym && !PersonName.IsSuffix(tokens[i].Text) || Countries.Find(tokens[i].Text) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsGroupCue(ReadOnlySpan<Token> tokens, int first) =>
        first >= 2 && (tokens[first - 1].Is("organization") || tokens[first - 1].Is("group") || tokens[first - 1].Is("gang"))
        && GroupQualifiers.Contains(tokens[first - 2].Text);

    private static ReadOnlySpan<char> LastPart(ReadOnlySpan<char> word) => word[(word.LastIndexOf('-') + 1)..];

    public static bool IsSentenceStart(ReadOnlySpan<Token> tokens, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (tokens[j].IsWord || tokens[j].IsNumber)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"El Salvador's President Bukele": the country a title belongs to.</summary>
    private static Country? PossessiveCountryBefore(ReadOnlySpan<Token> tokens, int first, List<NameSpan> found, int index) =>
        first >= 1 && tokens[first - 1].Text is "'s" or "’s"
            ? NameEndingAt(found, index, first - 1)?.Country
            : null;

    /// <summary>The last name found in sentence <paramref name="index"/> that ends before token <paramref name="end"/>.</summary>
    private static NameSpan? NameEndingAt(List<NameSpan> found, int index, int end)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].Sentence == index && found[i].End == end)
            {
                return found[i];
            }
        }
        return null;
    }

    /// <summary>A country by name, alias, demonym or capital at <paramref name="first"/>, longest first.</summary>
    private static (Country? Country, int Words) CountryAt(ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (end - first >= 3 && tokens[first].Is("Republic") && tokens[first + 1].Is("of"))
        {
            var (inner, words) = CountryAt(tokens, first + 2, end);
            return inner is null ? (null, 0) : (inner, words + 2);
        }
        if (!Countries.MayStartWith(tokens[first].Text))
        {
            return (null, 0);
        }
        Span<char> buffer = stackalloc char[TokenRun.StackLength];
        for (var words = Math.Min(Countries.MaxWords, end - first); words >= 1; words--)
        {
            if (Countries.Find(TokenRun.Join(tokens, first, words, buffer)) is { } country)
            {
                return (country, words);
            }
        }
        return (null, 0);
    }
}
