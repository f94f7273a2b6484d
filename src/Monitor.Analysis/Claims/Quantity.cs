namespace Monitor.Analysis;

/// <summary>A count as a sentence gives it: the verbatim words, and the range of values they allow.</summary>
public sealed record Quantity(string Text, double Low, double High, bool Exact)
{
    /// <summary>A key that keeps exact and hedged figures apart ("250" and "roughly 250") but folds spelling ("ten" and "10").</summary>
    public string Key => Exact ? Format(Low) : $"[{Format(Low)},{Format(High)}]";

    public ClaimValue ToValue() => new(Text, Key, Low, High);

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "inf" : value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
