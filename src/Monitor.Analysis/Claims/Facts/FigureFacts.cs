namespace Monitor.Analysis;

/// <summary>
/// Quantities with what they count or measure: "50,000 pages of printed emails" (number of pages),
/// "$5,687.75" (amount in dollars), "35 percent", "a seven-term congressman" (number of terms), "voted
/// 396-9" (a vote). The counted noun is the head of the words after the figure; a figure with no noun
/// after it ("the other 12") says too little to be compared and is left out.
/// </summary>
internal static class FigureFacts
{
    public const string MoneySlot = "amount ($)";
    public const string PercentSlot = "percent";
    public const string VoteSlot = "vote";

    /// <summary>
    /// Counts share one slot, their counted noun the value's family: "at least 544 women" and "at least 544 store
    /// managers" may be one fact told of by two outlets, while "50,000 pages" never contradicts "55,000 emails".
    /// </summary>
    public const string CountSlot = "number";

    private const int MaxNounWords = 3;

    public static void Add(ClaimContext context, List<Claim> claims) => FactScan.Run(context, claims, static (_, sentence, i, found) => Read(sentence, i, found));

    private static int Read(Sentence sentence, int i, List<Claim> claims)
    {
        if (Read(sentence, i, out var end) is not { } claim)
        {
            return i;
        }
        claims.Add(claim);
        return end;
    }

    /// <summary>The quantity fact that opens at token <paramref name="start"/>, if one does.</summary>
    internal static Claim? Read(Sentence sentence, int start, out int end)
    {
        var tokens = sentence.Tokens;
        end = start;
        if (!MayOpen(tokens[start]))
        {
            return null;
        }
        var (bound, at) = Figure.Hedge(tokens, start);
        var money = at < tokens.Length && tokens[at].Text is "$";
        at += money ? 1 : 0;
        if (at >= tokens.Length || !MayBeFigure(tokens, start, at, money))
        {
            return null;
        }
        string? unit = null;
        double value;
        int after;
        if (tokens[at].IsWord && tokens[at].Text.IndexOf('-') is var dash and > 0)
        {
            // "seven-term", "three-day": a number word and the unit in one token.
            var word = tokens[at].ToString();
            var number = new[] { new Token(word[..dash], 0) };
            if (QuantityReader.Number(number, 0, out var used) is not { } n || used != 1 || FactContext.Stem(word.AsSpan(dash + 1)) is not { } stem)
            {
                return null;
            }
            (value, after, unit) = (n, at + 1, stem);
        }
        else if (QuantityReader.Number(tokens, at, out after) is { } n && n > 0 && !(n == 1 && tokens[at].IsWord))
        {
            value = n;
        }
        else
        {
            return start == at && QuantityReader.Read(tokens, start, sentence.Article, out var next) is { Exact: false } vague
                ? Counted(sentence, start, next, Figure.Vague(vague.Low, vague.High), out end)
                : null;
        }
        if (after < tokens.Length && tokens[after].Start == tokens[after - 1].End && tokens[after].IsWord && unit is null
            || after < tokens.Length && (tokens[after].Is("a.m.") || tokens[after].Is("p.m.") || tokens[after].Is("am") || tokens[after].Is("pm")))
        {
            return null;
        }
        if (!money && Tally(sentence, start, at, after, value, out end) is { } tally)
        {
            return tally;
        }
        var figure = Figure.Of(value, tokens[at].IsNumber ? tokens[at].Text : default, bound);
        if (after + 1 < tokens.Length && (tokens[after].Is("to") || tokens[after].Text is "-" or "–") && bound is 0 or Figure.Around
            && QuantityReader.Number(tokens, after + 1, out var rangeEnd) is { } top && top > value && !money)
        {
            (figure, after) = (Figure.Range(value, top), rangeEnd);
        }
        if (money)
        {
            end = after < tokens.Length && tokens[after].Is("dollars") ? after + 1 : after;
            return Fact(sentence, MoneySlot, start, end, figure);
        }
        if (after < tokens.Length && (tokens[after].Is("percent") || tokens[after].Text is "%"))
        {
            end = after + 1;
            return Fact(sentence, PercentSlot, start, end, figure);
        }
        if (unit is not null)
        {
            end = after;
            return Fact(sentence, CountSlot, start, end, figure, unit);
        }
        if (after + 1 < tokens.Length && tokens[after].Text is "-" && tokens[after + 1].IsWord && FactContext.Stem(tokens[after + 1].Text) is { } joined)
        {
            end = after + 2;
            return Fact(sentence, CountSlot, start, end, figure, joined);
        }
        return Counted(sentence, start, after, figure, out end);
    }

    /// <summary>
    /// Whether a figure may open at a token: digits, a dollar sign, a hedge, a number word or a vague count
    /// ("several"), or a hyphenated word ("seven-term"). Most tokens are none of them and need no further look.
    /// </summary>
    private static bool MayOpen(Token token) =>
        token.IsNumber || token.Text is "$" || Figure.MayOpenHedge(token.Text) || QuantityReader.MayOpenCount(token);

    /// <summary>Whether the tokens from <paramref name="start"/> may open a figure: not a year, an ordinal, a name's number ("Amendment 64") or a date.</summary>
    private static bool MayBeFigure(ReadOnlySpan<Token> tokens, int start, int at, bool money)
    {
        var token = tokens[at];
        if (!token.IsNumber && !token.IsWord || !money && token.IsNumber && YearFacts.IsYear(tokens, at, out _))
        {
            return false;
        }
        if (start == 0 || money || start != at)
        {
            return true;
        }
        var before = tokens[start - 1];
        return !(before.IsCapitalised && before.IsWord && start > 1 || before.Is(".") || before.Is("No") || before.Is("#"));
    }

    /// <summary>"396-9", "134 to 63": a vote's two sides, the larger first.</summary>
    private static Claim? Tally(Sentence sentence, int start, int at, int after, double first, out int end)
    {
        var tokens = sentence.Tokens;
        end = after;
        if (after + 1 >= tokens.Length || !tokens[at].IsNumber || !(tokens[after].Text is "-" or "–" || tokens[after].Is("to"))
            || !tokens[after + 1].IsNumber || !double.TryParse(tokens[after + 1].Text, out var second) || second >= first || first > 1000
            || after + 2 < tokens.Length && tokens[after + 2].Start == tokens[after + 1].End && tokens[after + 2].IsWord)
        {
            return null;
        }
        end = after + 2;
        var point = first + second / 10_000;
        var text = DayFacts.Verbatim(sentence, tokens, at, end);
        var value = new ClaimValue(text, $"{first}-{second}", point, point, Point: first);
        return new Claim(VoteSlot, ClaimKind.Quantity, value, sentence.Text, FactContext.Of(sentence, start, end));
    }

    /// <summary>A figure and the noun it counts: "1.5 million women", "42 Senate Republicans", "dozens of boxes".</summary>
    private static Claim? Counted(Sentence sentence, int start, int after, Figure figure, out int end)
    {
        var tokens = sentence.Tokens;
        string? head = null;
        end = after;
        for (var i = after; i < tokens.Length && i < after + MaxNounWords; i++)
        {
            var word = tokens[i].Text;
            if (!tokens[i].IsWord || word.EndsWith("ing") || word.EndsWith("ly") || !tokens[i].IsCapitalised && word.EndsWith("ed")
                || Calendar.Weekday(word) >= 0 || Calendar.Month(word) > 0 || FactContext.Stem(word) is not { } stem)
            {
                break;
            }
            (head, end) = (stem, i + 1);
        }
        return head is null ? null : Fact(sentence, CountSlot, start, end, figure, head);
    }

    private static Claim Fact(Sentence sentence, string slot, int start, int end, Figure figure, string? unit = null)
    {
        var tokens = sentence.Tokens;
        var text = DayFacts.Verbatim(sentence, tokens, start, end);
        var value = new ClaimValue(text, figure.Key, figure.Low, figure.High, unit, figure.IsPoint ? figure.Nominal : null, figure.LooseLow, figure.LooseHigh);
        return new Claim(slot, ClaimKind.Quantity, value, sentence.Text, FactContext.Of(sentence, start, end));
    }
}
