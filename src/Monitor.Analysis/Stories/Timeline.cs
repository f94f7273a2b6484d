namespace Monitor.Analysis;

/// <summary>
/// Things kept by a number of time (a day, an hour), in ascending order, in two flat arrays: the
/// stretch a decision looks at is one binary search and then contiguous. A struct, held in a field of
/// its owner, so reaching a thing goes through no object of its own; never copied.
/// </summary>
internal struct Timeline<T>
{
    private long[] _numbers;
    private T[] _things;
    private int _count;

    public Timeline()
    {
        (_numbers, _things) = ([], []);
    }

    public readonly Span<T> Things => _things.AsSpan(0, _count);

    /// <summary>The index of the first number greater than <paramref name="value"/>: where it would be inserted after its equals.</summary>
    public readonly int FirstAfter(long value)
    {
        var (low, high) = (0, _count);
        // The index grows with the stream, so most lookups are for the newest numbers: try the end before searching.
        if (high == 0 || _numbers[high - 1] <= value)
        {
            return high;
        }
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_numbers[middle] <= value)
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

    /// <summary>
    /// The things numbered from <paramref name="first"/> to <paramref name="last"/>, in order: a stretch
    /// a few numbers long (a window of days), so its end is found by walking on from its start.
    /// </summary>
    public readonly Span<T> Between(long first, long last)
    {
        var start = FirstAfter(first - 1);
        var end = start;
        while (end < _count && _numbers[end] <= last)
        {
            end++;
        }
        return _things.AsSpan(start, end - start);
    }

    /// <summary>
    /// The place of the thing numbered <paramref name="number"/>, made where it belongs if there is none
    /// (<paramref name="added"/>, holding the default); good until the next one is made.
    /// </summary>
    public ref T At(long number, out bool added)
    {
        var at = FirstAfter(number);
        added = at == 0 || _numbers[at - 1] != number;
        if (!added)
        {
            return ref _things[at - 1];
        }
        if (_count == _numbers.Length)
        {
            var capacity = Math.Max(4, 2 * _count);
            Array.Resize(ref _numbers, capacity);
            Array.Resize(ref _things, capacity);
        }
        Array.Copy(_numbers, at, _numbers, at + 1, _count - at);
        Array.Copy(_things, at, _things, at + 1, _count - at);
        (_numbers[at], _things[at]) = (number, default!);
        _count++;
        return ref _things[at];
    }
}
