namespace Monitor.Analysis;

/// <summary>
/// Days an article puts an event on: a weekday ("passed Tuesday", "on Thursday night") and a date of a month
/// ("June 25", "Aug. 9"). The slot is only "day" or "date": which event a day belongs to is told by the
/// words around it, which the ledger compares across outlets.
/// </summary>
internal static class DayFacts
{
    public const string DaySlot = "day";
    public const string DateSlot = "date";

    public static void Add(ClaimContext context, List<Claim> claims) =>
        FactScan.Run(context, claims, static (context, sentence, i, found) => Read(sentence, i, context.Published, found));

    private static int Read(Sentence sentence, int i, DateOnly? published, List<Claim> claims)
    {
        var tokens = sentence.Tokens;
        if (!tokens[i].IsCapitalised)
        {
            return i; // weekdays and months are written with a capital
        }
        var weekday = Calendar.Weekday(tokens[i].Text);
        if (weekday >= 0)
        {
            var name = Calendar.Weekdays[weekday];
            var value = new ClaimValue(name, name.ToLowerInvariant(), weekday, weekday, Point: weekday);
            claims.Add(new Claim(DaySlot, ClaimKind.Date, value, sentence.Text, FactContext.Of(sentence, i, i + 1)));
            return i + 1;
        }
        if (Date(tokens, i, out var end, published) is not { } date)
        {
            return i;
        }
        var tense = published is { } on ? Calendar.Tense((int)date.Low!.Value, (int)date.High!.Value, on) : null;
        claims.Add(new Claim(DateSlot, ClaimKind.Date, date with { Text = Verbatim(sentence, tokens, i, end), Family = tense }, sentence.Text, FactContext.Of(sentence, i, end)));
        return end;
    }

    /// <summary>
    /// A month and a day of it at <paramref name="i"/>: "June 25", "Aug. 9". With the article's date it is that
    /// day of the article's year, so that it compares with "last week" or "in mid May".
    /// </summary>
    internal static ClaimValue? Date(ReadOnlySpan<Token> tokens, int i, out int end, DateOnly? published = null)
    {
        end = i;
        var month = Calendar.Month(tokens[i].Text);
        if (month == 0)
        {
            return null;
        }
        var at = i + 1 < tokens.Length && tokens[i + 1].Is(".") ? i + 2 : i + 1;
        if (at >= tokens.Length || !tokens[at].IsNumber || !int.TryParse(tokens[at].Text, out var day) || day is < 1 or > 31
            || at + 1 < tokens.Length && tokens[at + 1].Start == tokens[at].End && tokens[at + 1].IsWord)
        {
            return null;
        }
        end = at + 1;
        var point = published is { } on && day <= DateTime.DaysInMonth(on.Year, month) ? new DateOnly(on.Year, month, day).DayNumber : month * 31 + day;
        return new ClaimValue("", $"{Calendar.Months[month - 1].ToLowerInvariant()} {day}", point, point, Point: point);
    }

    internal static string Verbatim(Sentence sentence, ReadOnlySpan<Token> tokens, int first, int end) =>
        sentence.Article.Substring(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);
}
