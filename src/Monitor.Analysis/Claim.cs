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
    Date,
    Place,
    Role,
}

/// <summary>
/// One thing an article asserts: a value for a slot, with the verbatim sentence. A general fact (a day, a
/// year, a quantity with its unit) carries its <see cref="Context"/>: its slot is then only its kind and
/// unit, and the ledger aligns it with other outlets' facts by the words around it.
/// </summary>
public sealed record Claim(string Slot, ClaimKind Kind, ClaimValue Value, string Quote, FactContext? Context = null);

/// <summary>
/// A normalised value. Quantities carry a range (250 is [250, 250], "several" is [3, 9]) so that
/// compatible values agree and incompatible ones diverge; other kinds compare by <see cref="Key"/>.
/// A <see cref="Family"/> limits conflict to values of one family: "former President" and "President"
/// conflict (family "president"), "Secretary" and "Senator" do not (two offices, both may be true).
/// </summary>
/// <see cref="Point"/> is a fact's nominal value (the figure, the year, the weekday), what a near miss is measured on.
/// <see cref="LooseLow"/> and <see cref="LooseHigh"/> are the values a quantity allows once rounding and vagueness
/// are allowed for ("about 90" is 81 to 99, "several" 2 or more); without them, its range.
public sealed record ClaimValue(
    string Text, string Key, double? Low = null, double? High = null, string? Family = null, double? Point = null,
    double? LooseLow = null, double? LooseHigh = null)
{
    public bool IsQuantity => Low is not null && High is not null;

    public bool IsCompatibleWith(ClaimValue other) =>
        IsQuantity && other.IsQuantity
            ? Low <= other.High && other.Low <= High
            : Family is not null && other.Family is not null && !string.Equals(Family, other.Family, StringComparison.Ordinal)
              || string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <summary>Whether both can be true once rounding and vagueness are allowed for: a soft divergence when they are not compatible.</summary>
    public bool IsLooselyCompatibleWith(ClaimValue other) =>
        IsCompatibleWith(other)
        || IsQuantity && other.IsQuantity && (LooseLow ?? Low) <= (other.LooseHigh ?? other.High) && (other.LooseLow ?? other.Low) <= (LooseHigh ?? High);
}
