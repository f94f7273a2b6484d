namespace Monitor.Analysis;

/// <summary>Given names that one outlet's slip of the keyboard would turn into each other.</summary>
internal static class GivenNames
{
    /// <summary>Short names are left out: one letter apart, "Dan" and "Don", or "Mary" and "Mark", are two people.</summary>
    private const int MinLength = 6;

    /// <summary>
    /// Whether two given names are one letter added, dropped, changed or swapped apart inside the name, both long:
    /// a misspelling, not another name. The first and last letters must agree, for an ending makes another
    /// name of the same stem ("Gabriel" and "Gabriela", "Antonio" and "Antonia").
    /// </summary>
    public static bool AreSlips(string a, string b)
    {
        if (a.Length < MinLength || b.Length < MinLength || a[0] != b[0] || a[^1] != b[^1] || Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }
        var (endA, endB) = (a.Length, b.Length);
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            (endA, endB) = (endA - 1, endB - 1);
        }
        var (left, right) = (endA - start, endB - start);
        // One letter inserted or dropped, one changed, or two neighbours swapped.
        return left + right == 1
            || left == 1 && right == 1
            || left == 2 && right == 2 && a[start] == b[start + 1] && a[start + 1] == b[start];
    }
}
