namespace Monitor.Analysis;

/// <summary>
/// Who won a contest: "Ann Holt won the race for chair", "Holt defeated Ben Ruiz to become vice chairwoman",
/// "Holt was elected speaker", "Ruiz lost to Holt in the race for chair", "the nomination went to Holt". The
/// winner is a person the recogniser found, valued by entity key (two spellings of one person are one value);
/// the slot is the contest's post ("winner: vice chair"), so the chair race and the vice-chair race of one story
/// are never compared. Contests told as background (a year other than the article's, "ago") and wins
/// that did not happen ("could win", "hopes to beat", "did not win") are left out.
/// </summary>
internal static class WinnerFacts
{
    public const string SlotPrefix = "winner: ";

    // Verbs of winning by how they name the winner and the contest. "won" takes the contest as object; "defeated" the loser;
    // "elected" either; "lost" and "went" name the winner after "to"; any of them passive names it after "by".
    private static readonly WordMap Verbs = WordTable.Parse("""
        win:won,clinched,captured,secured
        beat:defeated,beat,ousted,unseated,edged,toppled
        elect:elected,re-elected,reelected,chosen
        lose:lost
        go:went
        """);

    private static readonly WordSet NotSo = WordLists.Set("to not never n't would could might will may should can cannot if whether unless");

    private static readonly WordSet Auxiliaries = WordLists.Set("was were is are has have had been be also narrowly easily handily ultimately eventually then re -");

    private static readonly WordSet Passive = WordLists.Set("was were been being is are be");

    private static readonly WordSet Background = WordLists.Set("ago previously formerly");

    private static readonly WordSet ClauseBreaks = WordLists.Set("; : — who which while but after because although though when since");

    private static readonly WordSet Linkers = WordLists.Set("for as become in");

    private const int Reach = 16;

    public static void Add(ClaimContext context, List<Claim> claims) =>
        FactScan.Run(context, claims, static (context, sentence, i, found) =>
            Verbs.TryGetValue(sentence.Tokens[i].Text, out var verb) ? Read(context, sentence, i, verb, found) : i);

    /// <summary>Whether two winners of one contest told by two outlets cannot both be right.</summary>
    public static bool Diverge(string slot, Claim a, Claim b, double score, int near) =>
        Single.Contains(slot[(slot.LastIndexOf(' ') + 1)..]) && score >= MinScore && near >= MinNear && !SamePerson(a.Value.Text, b.Value.Text)
        && !OtherSides(a.Context!, b.Context!);

    // General knowledge: the parties and chambers a sentence may tie a contest to. A party's leader is not the other party's.
    private static readonly WordMap Sides = WordTable.Parse("""
        party democrat:democrat,democratic
        party republican:republican,gop
        party labour:labour,labor
        party conservative:conservative,tory
        chamber house:house
        chamber senate:senate
        """);

    /// <summary>Whether the two sentences tie their contests to two parties or two chambers, and not to one.</summary>
    private static bool OtherSides(FactContext a, FactContext b)
    {
        var (x, y) = (SidesOf(a), SidesOf(b));
        return x.Select(Kind).Distinct().Any(kind => y.Exists(s => Kind(s) == kind) && !x.Exists(s => Kind(s) == kind && y.Contains(s)));
    }

    private static string Kind(string side) => side[..side.IndexOf(' ')];

    private static List<string> SidesOf(FactContext context) => [.. context.Words.Select(w => Sides.GetValueOrDefault(w)).OfType<string>().Distinct()];

    public static bool IsSlot(string slot) => slot.StartsWith(SlotPrefix, StringComparison.Ordinal);

    private const double MinScore = 0.3;
    private const int MinNear = 2;

    private static readonly WordSet Single = WordLists.Set("chair leader speaker whip president governor mayor premier nomination title");

    /// <summary>A surname alone, or after a party word ("Democrat Ann Holt"), is whichever full name of it the other outlet gives.</summary>
    internal static bool SamePerson(string a, string b) =>
        PersonName.SurnameKey(a) == PersonName.SurnameKey(b) && (Bare(a) || Bare(b)) || PersonName.Canonical(a) == PersonName.Canonical(b);

    private static bool Bare(string name) => PersonName.Words(name) is var words && (words.Length < 2 || WordLists.PoliticalAdjectives.Contains(words[0]));

    private static int Read(ClaimContext context, Sentence sentence, int i, string verb, List<Claim> claims)
    {
        var tokens = sentence.Tokens;
        // "Ruiz was defeated by Holt": the subject lost. A contest "won by" someone names its winner before the verb: left out.
        var passive = verb is "beat" or "win" && i > 0 && Passive.Contains(tokens[i - 1].Text);
        // The contest first: most uses of these verbs name none ("won praise", "lost ground", "went home").
        var contest = passive ? Linked(tokens, i + 1)
            : verb switch
            {
                "win" => Object(tokens, i + 1),
                "beat" => Linked(tokens, i + 1),
                "lose" => Object(tokens, i + 1) ?? Linked(tokens, i + 1),
                "go" => i + 1 < tokens.Length && tokens[i + 1].Is("to") ? Before(tokens, i) : null,
                _ => null,
            };
        if (contest is null && verb != "elect" || Hypothetical(tokens, i))
        {
            return i;
        }
        var people = new SentencePeople(context, sentence);
        LocatedName? winner;
        (winner, contest) = verb == "elect" ? Elected(tokens, people, i)
            : (passive ? (verb == "beat" ? people.Starting(tokens, After(tokens, i, "by")) : null)
                : verb switch
                {
                    "lose" => people.Starting(tokens, After(tokens, i, "to")),
                    "go" => people.Starting(tokens, i + 2),
                    _ => Subject(tokens, people, i),
                }, contest);
        if (winner is null || contest is null || IsBackground(tokens, context.Published))
        {
            return i;
        }
        var value = new ClaimValue(winner.Name, winner.Key, Family: contest.Modifiers);
        claims.Add(new Claim(SlotPrefix + contest.Post, ClaimKind.Attribution, value, sentence.Text, FactContext.Of(sentence, contest.At, contest.At + 1)));
        return i + 1;
    }

    /// <summary>"X was elected chair", or "members elected X as chair".</summary>
    private static (LocatedName?, Contest?) Elected(ReadOnlySpan<Token> tokens, SentencePeople people, int i)
    {
        if (people.Starting(tokens, i + 1) is { } chosen)
        {
            return (chosen, Linked(tokens, chosen.Span.End));
        }
        var at = i + 1 < tokens.Length && (tokens[i + 1].Is("as") || tokens[i + 1].Is("to")) ? i + 2 : i + 1;
        return (Subject(tokens, people, i), Object(tokens, at));
    }

    /// <summary>The contest a verb takes as object ("won the race for chair"), made precise by a post named after it.</summary>
    private static Contest? Object(ReadOnlySpan<Token> tokens, int at)
    {
        if (at >= tokens.Length || Contest.Read(tokens, at, out var end) is not { } contest)
        {
            return null;
        }
        return contest.Single ? contest : Linked(tokens, end) is { Single: true } post ? post.Within(contest) : contest;
    }

    /// <summary>The contest named after a linking word in the clause: "for chair", "as whip", "to become vice chairwoman", "in the primary".</summary>
    private static Contest? Linked(ReadOnlySpan<Token> tokens, int from)
    {
        Contest? found = null;
        for (var k = from; k < Math.Min(tokens.Length - 1, from + Reach); k++)
        {
            if (IsClauseBreak(tokens, k))
            {
                break;
            }
            if (Linkers.Contains(tokens[k].Text) && Contest.Read(tokens, k + 1, out _) is { } contest)
            {
                if (contest.Single)
                {
                    return found is null ? contest : contest.Within(found);
                }
                found ??= contest;
            }
        }
        return found;
    }

    /// <summary>The contest named just before "went to".</summary>
    private static Contest? Before(ReadOnlySpan<Token> tokens, int verb)
    {
        var start = verb;
        while (start > 0 && tokens[start - 1].IsWord && start > verb - 6)
        {
            start--;
        }
        return start < verb && Contest.Read(tokens, start, out var end) is { } contest && end == verb ? contest : null;
    }

    /// <summary>The person named as the verb's subject: the last one before it, with only a title, an age, a place or a party between.</summary>
    private static LocatedName? Subject(ReadOnlySpan<Token> tokens, SentencePeople people, int verb)
    {
        var at = verb;
        while (at > 0 && Auxiliaries.Contains(tokens[at - 1].Text))
        {
            at--;
        }
        LocatedName? subject = null;
        for (var n = 0; n < people.Names.Count; n++)
        {
            var person = people.Names[n];
            if (people.Holds(person) && person.Span.End <= at && (subject is null || person.Span.End > subject.Span.End))
            {
                subject = person;
            }
        }
        if (subject is null || subject.Span.First > 0 && tokens[subject.Span.First - 1].Text is "and" or "or" or "&"
            && people.Any(subject.Span.First - 1))
        {
            // "Holt and Ruiz won seats": one of two winners.
            return null;
        }
        for (var k = subject.Span.End; k < at; k++)
        {
            if (!(tokens[k].IsCapitalised || tokens[k].IsNumber || tokens[k].Text is "(" or ")" or "," or "of" or "who" or "-" or "."))
            {
                return null;
            }
        }
        return subject;
    }

    /// <summary>The token after the <paramref name="word"/> that names the winner ("lost the race to X", "defeated on Tuesday by X"), or -1.</summary>
    private static int After(ReadOnlySpan<Token> tokens, int verb, string word)
    {
        for (var k = verb + 1; k < Math.Min(tokens.Length, verb + Reach); k++)
        {
            if (IsClauseBreak(tokens, k))
            {
                break;
            }
            if (tokens[k].Is(word))
            {
                return k + 1;
            }
        }
        return -1;
    }

    private static bool IsClauseBreak(ReadOnlySpan<Token> tokens, int k) =>
        ClauseBreaks.Contains(tokens[k].Text) || tokens[k].Is("and") && tokens[k - 1].Is(",") || Verbs.ContainsKey(tokens[k].Text);

    /// <summary>A win that did not happen or is not told as fact: "to win", "would beat", "did not win", "if elected".</summary>
    private static bool Hypothetical(ReadOnlySpan<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 3); k--)
        {
            if (NotSo.Contains(tokens[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A contest of another year ("won the seat in 2010"), or of long ago.</summary>
    private static bool IsBackground(ReadOnlySpan<Token> tokens, DateOnly? published)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (Background.Contains(tokens[k].Text) || YearFacts.IsYear(tokens, k, out var year) && year != published?.Year)
            {
                return true;
            }
        }
        return false;
    }
}
