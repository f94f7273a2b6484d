namespace Monitor.Analysis;

/// <summary>
/// A contest named by a noun phrase: its post or kind ("vice chair", "nomination", "race") and the other words
/// said with it ("democratic caucus"), at the token of its head noun. Posts one person holds (a chair, a
/// speaker, a party's nomination) are <see cref="Single"/>: two winners of one of them cannot both be right;
/// a race, a seat or a primary may be one of many in a story.
/// </summary>
internal sealed record Contest(string Post, bool Single, string? Modifiers, int At)
{
    // General knowledge of elections: nouns of posts one person wins, and their forms. Rank words go with the post.
    private static readonly WordMap Posts = WordTable.Parse("""
        chair:chair,chairman,chairwoman,chairperson,chairmanship,chairs
        leader:leader,leadership
        speaker:speaker,speakership
        whip:whip
        president:president,presidency
        governor:governor,governorship
        mayor:mayor,mayoralty
        premier:premier,premiership
        nomination:nomination
        title:title,championship
        """);

    // Contests that may be one of many in a story, folded to one name each.
    private static readonly WordMap Races = WordTable.Parse("""
        race:race,contest,competition,election,vote,ballot,bid,battle,post
        seat:seat
        primary:primary,primaries
        runoff:runoff
        reelection:reelection,re-election
        caucuses:caucuses
        """);

    // The plainest contest: a "runoff election" is a runoff, a "re-election bid" a re-election.
    private const string Race = "race";

    private static readonly WordSet Ranks = WordLists.Set("vice deputy majority minority assistant prime lieutenant");

    private static readonly WordSet Determiners = WordLists.Set("the a an his her their its this that our my your whose");

    private const int MaxPhrase = 6;

    /// <summary>
    /// The contest of the noun phrase at token <paramref name="first"/> ("the competition for ...": "race"; "her
    /// leadership post": "leader"), or null when its words name none. <paramref name="end"/> is the token after the phrase.
    /// </summary>
    public static Contest? Read(ReadOnlySpan<Token> tokens, int first, out int end)
    {
        var i = first;
        while (i < tokens.Length && Determiners.Contains(tokens[i].Text))
        {
            i++;
        }
        var start = i;
        while (i < tokens.Length && i - start < MaxPhrase && IsPhraseWord(tokens[i]))
        {
            i++;
        }
        end = i;
        Contest? found = null;
        for (var k = start; k < end; k++)
        {
            var word = Head(tokens[k].Text);
            if (Posts.TryGetValue(word, out var post))
            {
                found = new Contest(RankOf(tokens, start, k) + post, true, null, k);
            }
            else if (Races.TryGetValue(word, out var race) && found is not { Single: true } && (found is null || race != Race || found.Post == Race))
            {
                found = new Contest(race, false, null, k);
            }
        }
        return found is null ? null : found with { Modifiers = ModifiersOf(tokens, start, end, found.At) };
    }

    /// <summary>This contest with the words of a broader one it was named in ("the Democratic race for speaker").</summary>
    public Contest Within(Contest broader) =>
        broader.Modifiers is null ? this : this with { Modifiers = Modifiers is null ? broader.Modifiers : string.Join(' ', $"{Modifiers} {broader.Modifiers}".Split(' ').Distinct().Order(StringComparer.Ordinal)) };

    private static bool IsPhraseWord(Token token) =>
        token.IsWord && !WordLists.IsStopWord(token.Text) || token.Text is "'s" or "’s";

    /// <summary>"vice", "majority": a rank word before the post, hyphened to it or with only names between ("vice Democratic Caucus chairman").</summary>
    private static string RankOf(ReadOnlySpan<Token> tokens, int start, int at)
    {
        var text = tokens[at].Text;
        if (text.IndexOf('-') is var dash and > 0 && Ranks.Contains(text[..dash]))
        {
            return text[..dash].ToString().ToLowerInvariant() + " ";
        }
        for (var k = at - 1; k >= start; k--)
        {
            if (Ranks.Contains(tokens[k].Text))
            {
                return tokens[k].ToString().ToLowerInvariant() + " ";
            }
            if (!tokens[k].IsCapitalised)
            {
                break;
            }
        }
        return "";
    }

    /// <summary>The word a lexicon knows a token by: the whole token, else its last hyphened part ("vice-chairman").</summary>
    private static ReadOnlySpan<char> Head(ReadOnlySpan<char> text) =>
        text.LastIndexOf('-') is var dash and > 0 && !Races.TryGetValue(text, out _) ? text[(dash + 1)..] : text;

    /// <summary>The other content words of the phrase, stemmed and sorted: the party, the chamber, the place of the contest.</summary>
    private static string? ModifiersOf(ReadOnlySpan<Token> tokens, int start, int end, int head)
    {
        List<string>? words = null;
        for (var k = start; k < end; k++)
        {
            var text = tokens[k].Text;
            if (k != head && !Ranks.Contains(text) && !Posts.TryGetValue(Head(text), out _) && !Races.TryGetValue(Head(text), out _)
                && FactContext.Stem(text) is { } stem)
            {
                (words ??= []).Add(stem);
            }
        }
        return words is null ? null : string.Join(' ', words.Distinct().Order(StringComparer.Ordinal));
    }
}
