namespace Monitor.Analysis;

/// <summary>
/// How far apart the sides of a divergence are. Hard: the values cannot both be true (1.5 million against 1.6
/// million). Soft: they can once rounding or vagueness is allowed for ("several" against 140, "about 70 percent"
/// against "67%"): a difference of precision a reader may want to see, not a contradiction.
/// </summary>
public static class DivergenceLevel
{
    public const string Hard = "hard";
    public const string Soft = "soft";

    public static IReadOnlyList<string> All { get; } = [Hard, Soft];

    public static string Of(ClaimValue a, ClaimValue b) => a.IsLooselyCompatibleWith(b) ? Soft : Hard;
}
