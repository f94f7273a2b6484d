namespace Monitor.Analysis;

/// <summary>
/// Who said it: a quotation of at least six words and the person an outlet gives it to ("'We will not back
/// down,' Ann Holt said", "... said Sen. Ann Holt", "Holt told reporters: '...'"). The value is the speaker, by
/// entity key; the context is the sentence's words but the speaker's name, so one quotation told by two outlets
/// lines up whoever they give it to. Two outlets giving the same words to two people is an attribution
/// divergence, unless one of the sentences names both (a spokesman speaking for his senator). A quotation
/// told alike is no consensus: a story is full of them, and its consensus lists facts.
/// </summary>
internal static class QuoteFacts
{
    public const string Slot = "said";

    private static readonly WordSet Verbs = WordLists.Set(
        "said says told added stated wrote tweeted declared announced insisted argued warned explained noted replied");

    private const int MinWords = 6;

    // Tokens allowed between the quotation and its speaker: a comma, a colon, "reporters", a title.
    private const int Reach = 4;

    // Two sentences must share most of their words (Dice) to be one quotation.
    private const double MinOverlap = 0.6;

    public static void Add(ClaimContext context, List<Claim> claims) =>
        FactScan.Run(context, claims, static (context, sentence, i, found) => IsOpening(sentence.Tokens[i]) ? Read(context, sentence, i, found) : i);

    public static bool IsSlot(string slot) => slot == Slot;

    /// <summary>Whether two outlets give one quotation to two people.</summary>
    public static bool Diverge(Claim a, Claim b) =>
        a.Context!.Overlap(b.Context!) >= MinOverlap && !WinnerFacts.SamePerson(a.Value.Text, b.Value.Text)
        && !Names(a.Quote, b.Value.Text) && !Names(b.Quote, a.Value.Text);

    /// <summary>Whether the sentence names the person, by surname at least.</summary>
    private static bool Names(string sentence, string person) =>
        PersonName.Words(person) is { Length: > 0 } words && sentence.Contains(words[^1], StringComparison.Ordinal);

    private static int Read(ClaimContext context, Sentence sentence, int open, List<Claim> claims)
    {
        var tokens = sentence.Tokens;
        var close = Closing(tokens, open);
        if (close < 0)
        {
            return tokens.Length;
        }
        var words = 0;
        for (var k = open + 1; k < close; k++)
        {
            words += tokens[k].IsWord ? 1 : 0;
        }
        var people = new SentencePeople(context, sentence);
        if (words >= MinWords && (After(tokens, people, close) ?? Before(tokens, people, open)) is { } speaker)
        {
            claims.Add(new Claim(Slot, ClaimKind.Attribution, new ClaimValue(speaker.Name, speaker.Key), sentence.Text,
                FactContext.Of(sentence, speaker.Span.First, speaker.Span.End)));
        }
        return close + 1;
    }

    private static bool IsOpening(Token token) => token.Is("\"") || token.Is("“");

    /// <summary>The mark that closes the quotation opened at <paramref name="open"/>, or -1.</summary>
    private static int Closing(ReadOnlySpan<Token> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Length; k++)
        {
            if (tokens[k].Is("\"") || tokens[k].Is("”"))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>The speaker after the quotation: "..., Holt said", "..., said Sen. Ann Holt".</summary>
    private static LocatedName? After(ReadOnlySpan<Token> tokens, SentencePeople people, int close)
    {
        var end = Math.Min(tokens.Length, close + 1 + Reach);
        for (var k = close + 1; k < end; k++)
        {
            if (Verbs.Contains(tokens[k].Text))
            {
                // "said Sen. Ann Holt": the name right after the verb, with only capitalised words (a title) between.
                if (people.Starting(tokens, k + 1) is { } named)
                {
                    return named;
                }
                // "Holt said": the name that ends at the verb, and nothing but a comma between the quotation and it.
                return people.Ending(k) is { } subject && OnlyMarks(tokens, close + 1, subject.Span.First) ? subject : null;
            }
        }
        return null;
    }

    /// <summary>The speaker before the quotation: "Holt said: ...", "Holt told reporters, ...".</summary>
    private static LocatedName? Before(ReadOnlySpan<Token> tokens, SentencePeople people, int open)
    {
        for (var k = open - 1; k >= Math.Max(0, open - Reach); k--)
        {
            if (Verbs.Contains(tokens[k].Text))
            {
                return people.Ending(k);
            }
        }
        return null;
    }

    private static bool OnlyMarks(ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (tokens[k].IsWord || tokens[k].IsNumber)
            {
                return false;
            }
        }
        return true;
    }
}
