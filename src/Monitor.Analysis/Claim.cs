namespace Monitor.Analysis;

public enum ClaimKind
{
    Quantity,
    Attribution,
    Party,
    Name,
    Title,
    Statement,
    Other,
}

/// <summary>One thing an article asserts: a value for a slot, with the verbatim sentence.</summary>
public sealed record Claim(string Slot, ClaimKind Kind, ClaimValue Value, string Quote);

/// <summary>
/// A normalised value. Quantities carry a range (250 is [250, 250], "several" is [3, 9]) so that
/// compatible values agree and incompatible ones diverge; other kinds compare by <see cref="Key"/>.
/// A <see cref="Family"/> limits conflict to values of one family: "former President" and "President"
/// conflict (family "president"), "Secretary" and "Senator" do not (two offices, both may be true).
/// </summary>
public sealed record ClaimValue(string Text, string Key, double? Low = null, double? High = null, string? Family = null)
{
    public bool IsQuantity => Low is not null && High is not null;

    public bool IsCompatibleWith(ClaimValue other) =>
        IsQuantity && other.IsQuantity
            ? Low <= other.High && other.Low <= High
            : Family is not null && other.Family is not null && !string.Equals(Family, other.Family, StringComparison.Ordinal)
              || string.Equals(Key, other.Key, StringComparison.Ordinal);
}
