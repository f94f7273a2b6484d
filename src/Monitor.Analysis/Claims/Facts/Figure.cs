using System.Globalization;

namespace Monitor.Analysis;

/// <summary>
/// A figure as a sentence gives it, read into the values it allows. A plain or hedged figure ("250", "about
/// 250", "up to 1.6 million", "as many as 1.5 million") keeps its value within its own rounding (1.5 million
/// is 1.45 to 1.55 million): as a wide interval it would swallow its neighbours. A bound ("more than 200",
/// "at least 544", "nearly 90"), a range ("40 to 60") or a vague word ("several") is an interval, and is
/// never a near miss: against an exact figure it is vagueness, not contradiction. <see cref="LooseLow"/> and
/// <see cref="LooseHigh"/> are what it allows once rounding and vagueness are allowed for ("about 90" is 81 to 99).
/// </summary>
internal sealed record Figure(double Nominal, double Low, double High, bool IsPoint, double? LooseLow = null, double? LooseHigh = null)
{
    /// <summary>Hedge words and how they bound the figure: +1 at least, -1 at most, 0 a point, 3 around, 2 nearly. Longest first.</summary>
    private static readonly (string[] Words, int Bound)[] Hedges =
    [
        (["as", "many", "as"], 0), (["more", "than"], 1), (["at", "least"], 1), (["upwards", "of"], 1), (["fewer", "than"], -1),
        (["less", "than"], -1), (["at", "most"], -1), (["up", "to"], 0), (["close", "to"], 2), (["an", "estimated"], Around),
        (["over"], 1), (["under"], -1), (["roughly"], Around), (["about"], Around), (["around"], Around), (["approximately"], Around),
        (["some"], Around), (["nearly"], 2), (["almost"], 2), (["estimated"], Around),
    ];

    /// <summary>The words a hedge can open with: most tokens are none of them, and need no further look.</summary>
    private static readonly WordSet HedgeOpeners = new(Hedges.Select(h => h.Words[0]));

    /// <summary>The bound of an approximate figure ("about 90"): a point as outlets compare it, a tenth either side loosely.</summary>
    public const int Around = 3;

    /// <summary>A plain figure stands for the values that round to it: half its last place either side, a hair less.</summary>
    public const double HalfStep = 0.49;

    public string Key => IsPoint ? Format(Nominal) : $"[{Format(Low)},{Format(High)}]";

    /// <summary>The hedge at <paramref name="i"/>, its bound, and the token after it; (0, i) when there is none.</summary>
    public static (int Bound, int Next) Hedge(ReadOnlySpan<Token> tokens, int i)
    {
        if (i >= tokens.Length || !HedgeOpeners.Contains(tokens[i].Text))
        {
            return (0, i);
        }
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

    /// <summary>Whether a hedge may open with <paramref name="word"/>.</summary>
    public static bool MayOpenHedge(ReadOnlySpan<char> word) => HedgeOpeners.Contains(word);

    /// <summary>A figure <paramref name="value"/> written as <paramref name="digits"/> (the first token), under a hedge's bound.</summary>
    public static Figure Of(double value, ReadOnlySpan<char> digits, int bound)
    {
        var step = Step(value, digits);
        var tolerance = Tolerance(value, step);
        return bound switch
        {
            1 => new Figure(value, value, Quantity.Unbounded, false),
            -1 => new Figure(value, 0, value, false),
            2 => new Figure(value, value - tolerance, value, false, value - tolerance, value + tolerance),
            Around => new Figure(value, value - HalfStep * step, value + HalfStep * step, true, value - tolerance, value + tolerance),
            _ => new Figure(value, value - HalfStep * step, value + HalfStep * step, true),
        };
    }

    /// <summary>How far an approximate figure ("about 90", "nearly 2,000") may be from its value: a tenth, or its rounding if that is wider.</summary>
    public static double Tolerance(double value, double step) => Math.Max(0.1 * value, step);

    /// <summary>A vague figure ("several", "dozens"), loosely half its floor and up (see <see cref="Quantity.VagueLoose"/>).</summary>
    public static Figure Vague(double low, double high)
    {
        var (looseLow, looseHigh) = Quantity.VagueLoose(low);
        return new Figure((low + high) / 2, low, high, false, looseLow, looseHigh);
    }

    public static Figure Range(double low, double high) => new((low + high) / 2, low, high, false);

    /// <summary>
    /// The rounding a figure is written to: the last digit given ("1.5 million" to 0.1 million, "43,000" to a
    /// thousand, "$5,687.75" to a cent); a figure in words to its last non-zero place. Trailing zeros count as
    /// rounding only past the second digit: "50,000" is read to the thousand, or it would take in 55,000.
    /// </summary>
    public static double Step(double value, ReadOnlySpan<char> digits)
    {
        if (digits.Length == 0 || !char.IsDigit(digits[0]))
        {
            return Math.Pow(10, TrailingZeros(value));
        }
        if (!QuantityReader.TryParseDigits(digits, out var written) || written == 0)
        {
            return 1;
        }
        var scale = value / written;
        var dot = digits.IndexOf('.');
        return scale * (dot >= 0 ? Math.Pow(10, -(digits.Length - dot - 1)) : Math.Pow(10, TrailingZeros(written)));
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
