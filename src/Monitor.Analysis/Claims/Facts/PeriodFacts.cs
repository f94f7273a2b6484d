namespace Monitor.Analysis;

/// <summary>
/// Spans of time counted from the article's own date: "last week", "last month", "earlier this month", "last
/// year", and a month with no day ("in mid May", "late April"). Each is the range of days it allows, in the
/// slot of dates, so that "last month" and "last week" of one event, or "mid May" and "April 30", can be told
/// apart. An article with no date gives none.
/// </summary>
internal static class PeriodFacts
{
    /// <summary>The phrases and the span they name: what they count from, and the first and last day of it.</summary>
    private static readonly (string[] Words, Func<DateOnly, (DateOnly First, DateOnly Last)> Span)[] Phrases =
    [
        (["earlier", "this", "month"], d => (new DateOnly(d.Year, d.Month, 1), d)),
        (["earlier", "this", "week"], d => (d.AddDays(-6), d)),
        (["last", "week"], d => (d.AddDays(-13), d.AddDays(-1))),
        (["last", "month"], d => (new DateOnly(d.Year, d.Month, 1).AddMonths(-1), new DateOnly(d.Year, d.Month, 1).AddDays(-1))),
        (["last", "year"], d => (new DateOnly(d.Year - 1, 1, 1), new DateOnly(d.Year - 1, 12, 31))),
    ];

    /// <summary>The words a span opens with other than a month's name, which is capitalised; and those a phrase opens with.</summary>
    private static readonly WordSet Openers = WordLists.Set("earlier last mid early late");
    private static readonly WordSet PhraseOpeners = new(Phrases.Select(p => p.Words[0]));

    public static void Add(ClaimContext context, List<Claim> claims)
    {
        if (context.Published is null)
        {
            return;
        }
        FactScan.Run(context, claims, static (context, sentence, i, found) => Read(sentence, i, context.Published!.Value, found));
    }

    private static int Read(Sentence sentence, int i, DateOnly published, List<Claim> claims)
    {
        var tokens = sentence.Tokens;
        if (!tokens[i].IsCapitalised && !Openers.Contains(tokens[i].Text))
        {
            return i;
        }
        foreach (var (words, span) in PhraseOpeners.Contains(tokens[i].Text) ? Phrases : [])
        {
            if (QuantityReader.Matches(tokens, i, words))
            {
                var (first, last) = span(published);
                Add(sentence, i, i + words.Length, first, last, Calendar.Tense(first.DayNumber, last.DayNumber, published), claims);
                return i + words.Length;
            }
        }
        var part = tokens[i].Is("mid") || tokens[i].Is("early") || tokens[i].Is("late") ? 1 : 0;
        var at = i + part + (part == 1 && i + 2 < tokens.Length && tokens[i + 1].Text is "-" ? 1 : 0);
        if (at >= tokens.Length || Calendar.Month(tokens[at].Text) is var month && month == 0 || !IsMonthName(tokens, at)
            || tokens[at].Is("May") && part == 0 && !(i > 0 && tokens[i - 1].Is("in"))
            || DayFacts.Date(tokens, at, out _) is not null || at + 1 < tokens.Length && YearFacts.IsYear(tokens, at + 1, out _))
        {
            return i;
        }
        var start = new DateOnly(published.Year, month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        var (from, to) = tokens[i].Text switch
        {
            "mid" => (start.AddDays(9), start.AddDays(19)),
            "early" => (start, start.AddDays(9)),
            "late" => (start.AddDays(19), end),
            _ => (start, end),
        };
        // A month with no year may be this year's or last year's ("in October", in January): no tense.
        Add(sentence, i, at + 1, from, to, null, claims);
        return at + 1;
    }

    /// <summary>A month written out, or cut short with its dot, and no name after it ("Jan Kowalski" is a person).</summary>
    private static bool IsMonthName(ReadOnlySpan<Token> tokens, int at)
    {
        var abbreviated = tokens[at].Length < Calendar.Months[Calendar.Month(tokens[at].Text) - 1].Length;
        var next = abbreviated ? at + 2 : at + 1;
        return (!abbreviated || at + 1 < tokens.Length && tokens[at + 1].Is("."))
            && !(next < tokens.Length && tokens[next].IsCapitalised && tokens[next].IsWord);
    }

    private static void Add(Sentence sentence, int first, int end, DateOnly from, DateOnly to, string? tense, List<Claim> claims)
    {
        var text = DayFacts.Verbatim(sentence, sentence.Tokens, first, end);
        var value = new ClaimValue(text, $"{from:yyyy-MM-dd}/{to:yyyy-MM-dd}", from.DayNumber, to.DayNumber, tense);
        claims.Add(new Claim(DayFacts.DateSlot, ClaimKind.Date, value, sentence.Text, FactContext.Of(sentence, first, end)));
    }
}
