namespace Monitor.Analysis;

/// <summary>A count as a sentence gives it: the verbatim words, and the range of values they allow.</summary>
public sealed record Quantity(string Text, double Low, double High, bool Exact)
{
    /// <summary>The top of an open range ("more than 200"); finite, so it travels as JSON.</summary>
    public const double Unbounded = 1e15;

    /// <summary>A key that keeps exact and hedged figures apart ("250" and "roughly 250") but folds spelling ("ten" and "10").</summary>
    public string Key => Exact ? Format(Low) : $"[{Format(Low)},{Format(High)}]";

    public ClaimValue ToValue() => new(Text, Key, Low, High);

    private static string Format(double value) =>
        value >= Unbounded ? "inf" : value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
