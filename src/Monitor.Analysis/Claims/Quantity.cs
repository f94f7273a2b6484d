namespace Monitor.Analysis;

/// <summary>
/// A count as a sentence gives it: the verbatim words, the range of values they allow, and the wider range they
/// allow once rounding and vagueness are allowed for (none for a bound: "more than 200" means what it says).
/// </summary>
public sealed record Quantity(string Text, double Low, double High, bool Exact, double? LooseLow = null, double? LooseHigh = null)
{
    /// <summary>The top of an open range ("more than 200"); finite, so it travels as JSON.</summary>
    public const double Unbounded = 1e15;

    /// <summary>A key that keeps exact and hedged figures apart ("140" and "roughly 140") but folds spelling ("ten" and "10").</summary>
    public string Key => Exact ? Format(Low) : $"[{Format(Low)},{Format(High)}]";

    public ClaimValue ToValue() => new(Text, Key, Low, High, LooseLow: LooseLow, LooseHigh: LooseHigh);

    /// <summary>
    /// What a vague word allows loosely: half its floor and up. "Several" or "dozens" understates a count rather
    /// than caps it, so against 140 it is vagueness; "thousands" against 140 is not.
    /// </summary>
    public static (double Low, double High) VagueLoose(double low) => (low / 2, Unbounded);

    private static string Format(double value) =>
        value >= Unbounded ? "inf" : value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
