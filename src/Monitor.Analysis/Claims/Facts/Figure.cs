using System.Globalization;

namespace Monitor.Analysis;

/// <summary>
/// A figure as a sentence gives it, read into the values it allows. A plain or hedged figure ("250", "about
/// 250", "up to 1.6 million", "as many as 1.5 million") keeps its value within its own rounding (1.5 million
/// is 1.45 to 1.55 million): as a wide interval it would swallow its neighbours. A bound ("more than 200",
/// "at least 544", "nearly 90"), a range ("40 to 60") or a vague word ("several") is an interval, and is
/// never a near miss: against an exact figure it is vagueness, not contradiction.
/// </summary>
internal sealed record Figure(double Nominal, double Low, double High, bool IsPoint)
{
    /// <summary>Hedge words and how they bound the figure: +1 at least, -1 at most, 0 around, 2 nearly. Longest first.</summary>
    private static readonly (string[] Words, int Bound)[] Hedges =
    [
        (["as", "many", "as"], 0), (["more", "than"], 1), (["at", "least"], 1), (["upwards", "of"], 1), (["fewer", "than"], -1),
        (["less", "than"], -1), (["at", "most"], -1), (["up", "to"], 0), (["close", "to"], 2), (["an", "estimated"], 0),
        (["over"], 1), (["under"], -1), (["roughly"], 0), (["about"], 0), (["around"], 0), (["approximately"], 0),
        (["some"], 0), (["nearly"], 2), (["almost"], 2), (["estimated"], 0),
    ];

    public string Key => IsPoint ? Format(Nominal) : $"[{Format(Low)},{Format(High)}]";

    /// <summary>The hedge at <paramref name="i"/>, its bound, and the token after it; (0, i) when there is none.</summary>
    public static (int Bound, int Next) Hedge(ReadOnlySpan<Token> tokens, int i)
    {
        foreach (var (words, bound) in Hedges)
        {
            if (QuantityReader.Matches(tokens, i, words))
            {
                return (bound, i + words.Length);
            }
        }
        return (0, i);
    }

    public static bool IsHedge(ReadOnlySpan<Token> tokens, int i) => Hedge(tokens, i).Next > i;

    /// <summary>A figure <paramref name="value"/> written as <paramref name="digits"/> (the first token), under a hedge's bound.</summary>
    public static Figure Of(double value, ReadOnlySpan<char> digits, int bound)
    {
        var step = Step(value, digits);
        return bound switch
        {
            1 => new Figure(value, value, Quantity.Unbounded, false),
            -1 => new Figure(value, 0, value, false),
            2 => new Figure(value, value - Math.Max(0.1 * value, step), value, false),
            _ => new Figure(value, value - 0.49 * step, value + 0.49 * step, true),
        };
    }

    public static Figure Range(double low, double high) => new((low + high) / 2, low, high, false);

    /// <summary>
    /// The rounding a figure is written to: the last digit given ("1.5 million" to 0.1 million, "43,000" to a
    /// thousand, "$5,687.75" to a cent); a figure in words to its last non-zero place. Trailing zeros count as
    /// rounding only past the second digit: "50,000" is read to the thousand, or it would take in 55,000.
    /// </summary>
    private static double Step(double value, ReadOnlySpan<char> digits)
    {
        if (digits.Length == 0 || !char.IsDigit(digits[0]))
        {
            return Math.Pow(10, TrailingZeros(value));
        }
        var plain = digits.ToString().Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var written) || written == 0)
        {
            return 1;
        }
        var scale = value / written;
        var dot = plain.IndexOf('.');
        return scale * (dot >= 0 ? Math.Pow(10, -(plain.Length - dot - 1)) : Math.Pow(10, TrailingZeros(written)));
    }

    private static int TrailingZeros(double value)
    {
        var zeros = 0;
        for (var v = Math.Round(value); v >= 100 && v % 10 == 0; v /= 10)
        {
            zeros++;
        }
        return zeros;
    }

    private static string Format(double value) =>
        value >= Quantity.Unbounded ? "inf" : value.ToString("0.###", CultureInfo.InvariantCulture);
}
