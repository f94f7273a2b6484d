namespace Monitor.Analysis;

/// <summary>
/// What the words of a run of capitalised words say about the name in it: where a title sits, where a
/// person's state follows ("... of New York"), which head noun makes it no person, which small words join
/// a body's name ("Association for the ...").
/// </summary>
internal static class NameShapes
{
    public static readonly WordSet PlaceOpeners = WordLists.Set("Mount Mt. Fort Ft.");
    private static readonly WordSet BodyConnectors = WordLists.Set("of for on");

    /// <summary>"D-N" of "(D-N.Y.)", "R-Wis": a party and a state said after a lawmaker's name, no name itself.</summary>
    public static bool IsPartyTag(string word) =>
        word.Length >= 3 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    /// <summary>"for the", "on", "of the" after the head of a body ("Association for the Advancement of ..."): the words that join its name.</summary>
    public static int ConnectorAfterBody(ReadOnlySpan<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Length || !WordLists.OrganisationHeads.Contains(tokens[end - 1].Text) || !BodyConnectors.Contains(tokens[end].Text))
        {
            return 0;
        }
        var words = tokens[end + 1].Is("the") ? 2 : 1;
        return end + words < tokens.Length && NameScanner.IsNameToken(tokens[end + words]) ? words + 1 : 0;
    }

    public static bool StateAfter(ReadOnlySpan<Token> tokens, int end) =>
        end + 1 < tokens.Length && tokens[end].Text is "," && UsStates.Abbreviations.Contains(tokens[end + 1].Text)
        && (end + 2 == tokens.Length || !tokens[end + 2].IsCapitalised);

    /// <summary>1 when "5th" ("5", "th") opens a name at <paramref name="i"/> ("5th Amendment"), else 0.</summary>
    public static int OrdinalAt(ReadOnlySpan<Token> tokens, int i) =>
        tokens[i].IsNumber && i + 2 < tokens.Length && tokens[i + 1].Start == tokens[i].End
        && tokens[i + 1].Text is "st" or "nd" or "rd" or "th" && NameScanner.IsNameToken(tokens[i + 2]) ? 1 : 0;

    /// <summary>
    /// A title at the start of a run, or after up to three words that qualify it ("Former Rep.", "Republican
    /// Sen.", "Missouri Highway Patrol Capt."), with a capitalised name after it.
    /// </summary>
    public static (int At, int Words) TitleAt(ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (IsHead(tokens[end - 1].Text))
        {
            return (first, 0); // "Justice Against Sponsors of Terrorism Act", "King Abdullah University": no person.
        }
        for (var at = first; at < end && at <= first + 3; at++)
        {
            var words = Titles.Match(tokens, at);
            if (words > 0 && (at == first || at + words < end && tokens[at + words].IsCapitalised && !PersonName.IsSuffix(tokens[at + words].Text)))
            {
                return (at, words);
            }
            if (!tokens[at].IsCapitalised)
            {
                break;
            }
        }
        return (first, 0);
    }

    /// <summary>A capitalised "The" inside a sentence begins a name ("according to The Hill").</summary>
    public static bool IsNamePart(ReadOnlySpan<Token> tokens, int first, int end) =>
        first > 0 && end - first >= 2 && tokens[first - 1].IsWord && !NameScanner.IsSentenceStart(tokens, first);

    /// <summary>The "of" of "Name of State" (a person's state or country), or 0.</summary>
    public static int OfPlace(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var of = first + 2; of < end - 1; of++)
        {
            if (!tokens[of].Is("of"))
            {
                continue;
            }
            if (IsHead(tokens[of - 1].Text) || Titles.Match(tokens, of - 1) > 0 || of - first > 4)
            {
                return 0;
            }
            Span<char> buffer = stackalloc char[TokenRun.StackLength];
            var tail = TokenRun.Join(tokens, of + 1, end - of - 1, buffer);
            return UsStates.Names.Contains(tail) || Countries.Find(tail) is not null ? of : 0;
        }
        return 0;
    }

    /// <summary>
    /// The "of" of "Democrat of California" (a party member of a state, as a newspaper describes a lawmaker: the
    /// state is a place, the party word no one), or 0.
    /// </summary>
    public static int PartyOfPlace(ReadOnlySpan<Token> tokens, int first, int end) =>
        end - first >= 3 && tokens[first + 1].Is("of") && Parties.Contains(tokens[first].Text) ? first + 1 : 0;

    private static readonly WordSet Parties = WordLists.Set("democrat republican independent");

    /// <summary>
    /// Whether a name opens with a party word before a person's name: "Republican Ann Holt" is Ann Holt, and the
    /// "Republican National Committee" a body.
    /// </summary>
    public static bool PartyBeforeName(ReadOnlySpan<Token> tokens, int first, int end) =>
        end - first >= 3 && Parties.Contains(tokens[first].Text) && !tokens[first + 1].Is("of") && !HasOf(tokens, first, end) && !IsHead(tokens[end - 1].Text);

    /// <summary>
    /// The "of" of "Ann Holt of Harbour Radio" or "Sheriff Ann Holt of Cole County": a person named by a given
    /// name, an initial or a title, then where they are from or work; or 0.
    /// </summary>
    public static int PersonOf(ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (EntityHeads.Laws.Contains(tokens[end - 1].Text) || EntityHeads.Events.Contains(tokens[end - 1].Text))
        {
            return 0; // "Justice Against Sponsors of Terrorism Act": a law, whatever its first word.
        }
        for (var of = first + 2; of < Math.Min(end - 1, first + 5); of++)
        {
            if (!tokens[of].Is("of"))
            {
                continue;
            }
            for (var k = first; k < of; k++)
            {
                if (IsHead(tokens[k].Text) || !tokens[k].IsCapitalised)
                {
                    return 0;
                }
            }
            return Nicknames.IsGivenName(tokens[first].Text) || Titles.Match(tokens, first) > 0 || IsInitial(tokens[first]) ? of : 0;
        }
        return 0;
    }

    /// <summary>Whether a name joins its words with "of" ("Chamber of Commerce"), which a person's name does not.</summary>
    public static bool HasOf(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var k = first + 1; k < end - 1; k++)
        {
            if (tokens[k].Is("of"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsInitial(Token token) => token.Length == 2 && token.Text[1] == '.' && char.IsUpper(token.Text[0]);

    /// <summary>A head noun that makes a name something other than a person.</summary>
    public static bool IsHead(ReadOnlySpan<char> word) =>
        WordLists.OrganisationHeads.Contains(word) || WordLists.PlaceHeads.Contains(word) || WordLists.FacilityNouns.Contains(word)
        || EntityHeads.Laws.Contains(word) || EntityHeads.Events.Contains(word) || EntityHeads.Members.Contains(word) || EntityHeads.Bodies.Contains(word);

    /// <summary>"Department of ...", "Association for the ...": the head of a body, then the words that join its name.</summary>
    public static bool HeadBeforeConnector(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var i = first; i + 1 < end; i++)
        {
            if (!tokens[i + 1].IsCapitalised && WordLists.OrganisationHeads.Contains(tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }
}
