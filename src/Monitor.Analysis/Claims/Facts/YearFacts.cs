namespace Monitor.Analysis;

/// <summary>
/// Years an article ties to an event: "since 2002", "ends in 2019", "from 1967 to 1979". A four-digit number
/// from 1800 to 2099 with no group separator is read as a year; "since", "until" and "by" stay in the
/// shown value, since they are part of what is claimed.
/// </summary>
internal static class YearFacts
{
    public const string Slot = "year";

    public static void Add(ClaimContext context, List<Claim> claims) => FactScan.Run(context, claims, static (_, sentence, i, found) => Read(sentence, i, found));

    private static int Read(Sentence sentence, int i, List<Claim> claims)
    {
        var tokens = sentence.Tokens;
        if (!IsYear(tokens, i, out var year) || i > 0 && tokens[i - 1].Text is "$")
        {
            return i;
        }
        var digits = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = i > 0 && (tokens[i - 1].Is("since") || tokens[i - 1].Is("until") || tokens[i - 1].Is("by"))
            ? $"{tokens[i - 1].Text.ToString().ToLowerInvariant()} {digits}"
            : digits;
        claims.Add(new Claim(Slot, ClaimKind.Date, new ClaimValue(text, digits, year, year, Point: year), sentence.Text, FactContext.Of(sentence, i, i + 1)));
        return i + 1;
    }

    /// <summary>A year at <paramref name="i"/>: four digits, 1800 to 2099, not glued to letters ("2008s").</summary>
    internal static bool IsYear(ReadOnlySpan<Token> tokens, int i, out int year)
    {
        year = 0;
        var token = tokens[i];
        return token.IsNumber && token.Length == 4 && int.TryParse(token.Text, out year) && year is >= 1800 and <= 2099
            && !(i + 1 < tokens.Length && tokens[i + 1].Start == token.End && tokens[i + 1].IsWord);
    }
}
