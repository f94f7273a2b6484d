namespace Monitor.Analysis;

/// <summary>Search in a list of numbers kept in ascending order (days, publication times).</summary>
internal static class SortedLongs
{
    /// <summary>The index of the first number greater than <paramref name="value"/>: where it would be inserted after its equals.</summary>
    public static int FirstAfter(List<long> sorted, long value)
    {
        var (low, high) = (0, sorted.Count);
        // The index grows with the stream, so most lookups are for the newest values: try the end before searching.
        if (high == 0 || sorted[high - 1] <= value)
        {
            return high;
        }
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
