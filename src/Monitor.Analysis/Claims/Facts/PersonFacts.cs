namespace Monitor.Analysis;

/// <summary>
/// What a story tells of a person it names: an age ("Ann Holt, 43,") and a role in the event ("Ann Holt, the
/// debate's moderator", "campaign spokeswoman Ann Holt", "Holt is a seven-term congresswoman", "Ruiz's lawyer,
/// Ann Holt"). Each fact's family is the person's key, so only what outlets say of one person is compared; the
/// value's text names the person ("Ann Holt, 43"). Two outlets giving one person one age or one kind of role are
/// a consensus; two ages are a divergence like any two figures. Two roles are not: a person can be both.
/// </summary>
internal static class PersonFacts
{
    public const string AgeSlot = "age";
    public const string RoleSlot = "role";

    // General knowledge: nouns of a role a person has in a news event, by the role they name (a gendered form or a
    // synonym is one role; two roles one person may hold at once are two).
    private static readonly WordMap Roles = WordTable.Parse("""
        spokesperson:spokesman,spokeswoman,spokesperson
        chair:chairman,chairwoman,chair,chairperson
        lawmaker:congressman,congresswoman,lawmaker,legislator
        lawyer:lawyer,attorney,counsel
        moderator:moderator
        host:host,anchor
        governor:governor
        mayor:mayor
        senator:senator
        representative:representative
        adviser:adviser,advisor,aide,strategist,consultant
        executive:executive,ceo,president
        founder:founder
        owner:owner
        manager:manager
        treasurer:treasurer
        director:director
        official:official,officer,administrator,commissioner
        secretary:secretary
        ambassador:ambassador
        diplomat:diplomat
        judge:judge,justice
        prosecutor:prosecutor
        sheriff:sheriff
        candidate:candidate,nominee,challenger,incumbent
        journalist:journalist,reporter,correspondent
        editor:editor
        columnist:columnist,commentator
        analyst:analyst
        pollster:pollster
        wife:wife
        husband:husband
        son:son
        daughter:daughter
        father:father
        mother:mother
        brother:brother
        sister:sister
        widow:widow,widower
        clergy:pastor,priest,bishop,rabbi,imam,minister
        student:student
        teacher:teacher,professor
        activist:activist,organizer
        lobbyist:lobbyist
        donor:donor
        volunteer:volunteer
        """);

    private static readonly WordSet Copulas = WordLists.Set("is was");

    private static readonly WordSet Ends = WordLists.Set(", . ; : ) —");

    private const int MaxPhrase = 8;
    private const int MaxAge = 110;

    public static void Add(ClaimContext context, List<Claim> claims)
    {
        foreach (var person in context.Entities.Names)
        {
            if (person.Kind != EntityKind.Person || context.Sentences[person.Span.Sentence] is not { IsHeading: false } sentence)
            {
                continue;
            }
            var tokens = sentence.Tokens;
            var (first, end) = (person.Span.First, person.Span.End);
            if (AgeAt(tokens, end) is var at and >= 0 && Number(tokens, at) is { } age)
            {
                claims.Add(Fact(AgeSlot, person, $"{person.Name}, {age}", age.ToString(System.Globalization.CultureInfo.InvariantCulture), age, sentence, at));
            }
            if ((Appositive(tokens, end) ?? Before(tokens, first) ?? Predicate(tokens, end)) is var (from, to, role))
            {
                claims.Add(Fact(RoleSlot, person, $"{person.Name}, {Phrase(tokens, from, to)}", role, null, sentence, from, to));
            }
        }
    }

    public static bool IsSlot(string slot) => slot is AgeSlot or RoleSlot;

    private static Claim Fact(string slot, LocatedName person, string text, string key, double? number, Sentence sentence, int from, int? to = null) =>
        new(slot, slot == AgeSlot ? ClaimKind.Quantity : ClaimKind.Role,
            new ClaimValue(text, key, number, number, person.Key, number),
            sentence.Text, FactContext.Of(sentence, from, to ?? from + 1));

    /// <summary>
    /// The token of the age after a name, or -1: "Ann Holt, 43,", "Ann Holt (43)", "Ann Holt, who is 43,",
    /// "Ann Holt, a 43-year-old teacher".
    /// </summary>
    private static int AgeAt(ReadOnlySpan<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Length || tokens[end].Text is not ("," or "("))
        {
            return -1;
        }
        var at = end + 1;
        if (tokens[at].Is("who") && tokens[at + 1].Is("is"))
        {
            at += 2;
        }
        else if (tokens[at].Text is "a" or "an")
        {
            at++;
            return at + 2 < tokens.Length && tokens[at + 1].Is("-") && tokens[at + 2].Is("year-old") ? at : -1;
        }
        return at + 1 < tokens.Length && Ends.Contains(tokens[at + 1].Text) ? at : -1;
    }

    private static int? Number(ReadOnlySpan<Token> tokens, int at) =>
        at < tokens.Length && tokens[at].IsNumber && int.TryParse(tokens[at].Text, out var age) && age is > 0 and <= MaxAge ? age : null;

    /// <summary>"Ann Holt, the debate's moderator," or "Ann Holt, a spokeswoman for the campaign,".</summary>
    private static (int, int, string)? Appositive(ReadOnlySpan<Token> tokens, int end) =>
        end < tokens.Length && tokens[end].Is(",") ? RoleUntilEnd(tokens, end + 1) : null;

    /// <summary>"Holt is a seven-term congresswoman", "Holt of the county board was the moderator".</summary>
    private static (int, int, string)? Predicate(ReadOnlySpan<Token> tokens, int end)
    {
        if (end + 1 < tokens.Length && tokens[end].Is("of") && tokens[end + 1].IsCapitalised)
        {
            end++;
            while (end < tokens.Length && (tokens[end].IsCapitalised || tokens[end].Is("of")))
            {
                end++;
            }
        }
        return end < tokens.Length && Copulas.Contains(tokens[end].Text) ? RoleUntilEnd(tokens, end + 1) : null;
    }

    /// <summary>"campaign spokeswoman Ann Holt", "Ruiz's lawyer, Ann Holt", "The moderator was Ann Holt".</summary>
    private static (int, int, string)? Before(ReadOnlySpan<Token> tokens, int first)
    {
        var at = first - 1;
        if (at >= 1 && (tokens[at].Is(",") || Copulas.Contains(tokens[at].Text)))
        {
            at--;
        }
        if (at < 0 || tokens[at].IsCapitalised || !Roles.TryGetValue(tokens[at].Text, out var role))
        {
            return null;
        }
        var from = at;
        while (from > 0 && at - from < 3)
        {
            if (from > 1 && IsPossessive(tokens[from - 1]))
            {
                from -= 2;
            }
            else if (tokens[from - 1].IsCapitalised && !WordLists.IsStopWord(tokens[from - 1].Text))
            {
                from--;
            }
            else
            {
                break;
            }
        }
        return (from, at + 1, role);
    }

    private static bool IsPossessive(Token token) => token.Is("'s") || token.Is("’s");

    // An appositive or a predicate that tells a role opens with an article, a possessive, a name or the role itself.
    private static readonly WordSet Openers = WordLists.Set("the a an his her their its");

    private static readonly WordSet Stops = WordLists.Set("who which that and or nor but");

    /// <summary>A role phrase from <paramref name="from"/> to the end of the clause, whose noun is a role: "a spokeswoman for the campaign".</summary>
    private static (int, int, string)? RoleUntilEnd(ReadOnlySpan<Token> tokens, int from)
    {
        if (from >= tokens.Length || !(Openers.Contains(tokens[from].Text) || tokens[from].IsCapitalised && !WordLists.IsStopWord(tokens[from].Text)
            || Roles.ContainsKey(tokens[from].Text)))
        {
            return null;
        }
        for (var k = from; k < Math.Min(tokens.Length, from + MaxPhrase); k++)
        {
            if (Ends.Contains(tokens[k].Text) || Stops.Contains(tokens[k].Text))
            {
                return null;
            }
            if (!tokens[k].IsCapitalised && Roles.TryGetValue(tokens[k].Text, out var role) && !(k + 1 < tokens.Length && IsPossessive(tokens[k + 1])))
            {
                var to = k + 1;
                while (to < Math.Min(tokens.Length, from + MaxPhrase) && !Ends.Contains(tokens[to].Text) && !Stops.Contains(tokens[to].Text))
                {
                    to++;
                }
                return to < tokens.Length && !Ends.Contains(tokens[to].Text) ? null : (from, to, role);
            }
        }
        return null;
    }

    /// <summary>The phrase as written: "Ruiz's lawyer", not "Ruiz 's lawyer".</summary>
    private static string Phrase(ReadOnlySpan<Token> tokens, int from, int to)
    {
        var phrase = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
        {
            if (k > from && !IsPossessive(tokens[k]))
            {
                phrase.Append(' ');
            }
            phrase.Append(tokens[k].Text);
        }
        return phrase.ToString();
    }
}
