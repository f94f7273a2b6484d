namespace Monitor.Analysis;

/// <summary>
/// Numbers in ascending order, each with the largest value it was given: what a group of members
/// gives each term or entity at most. Kept sorted in flat arrays so a bound walks it as a comparison
/// walks a signature; a group's numbers are raised a sorted signature at a time, in one pass that
/// moves each number at most once. The values are floats rounded up: a bound reads a hundred of them
/// an hour, mostly from memory, and may only err upwards, which its margin already allows for. A
/// struct, held in a field of its group, so a bound reaches the arrays through no object of their
/// own; a copy reads what the group held then.
/// </summary>
internal struct MaxById
{
    private int[] _ids;
    private float[] _values;
    private int _count;

    public MaxById()
    {
        (_ids, _values) = ([], []);
    }

    public readonly ReadOnlySpan<int> Ids => _ids.AsSpan(0, _count);

    public readonly ReadOnlySpan<float> Values => _values.AsSpan(0, _count);

    /// <summary>The float nearest <paramref name="value"/> from above: a value kept here is never below the one given.</summary>
    public static float AtLeast(double value)
    {
        var rounded = (float)value;
        return rounded < value ? MathF.BitIncrement(rounded) : rounded;
    }

    /// <summary>Raises each of <paramref name="ids"/> (ascending, each once) to its value, adding those not held yet.</summary>
    public void Raise(ReadOnlySpan<int> ids, ReadOnlySpan<float> values)
    {
        var added = ids.Length - Held(ids);
        if (_count + added > _ids.Length)
        {
            var capacity = Math.Max(_count + added, 2 * _ids.Length);
            Array.Resize(ref _ids, capacity);
            Array.Resize(ref _values, capacity);
        }
        // Merged from the back, into the room just made: a number moves once, to its final place.
        var (mine, theirs, to) = (_count - 1, ids.Length - 1, _count + added - 1);
        while (theirs >= 0)
        {
            if (mine >= 0 && _ids[mine] >= ids[theirs])
            {
                var value = _values[mine];
                if (_ids[mine] == ids[theirs])
                {
                    value = Math.Max(value, values[theirs--]);
                }
                (_ids[to], _values[to]) = (_ids[mine], value);
                mine--;
            }
            else
            {
                (_ids[to], _values[to]) = (ids[theirs], values[theirs]);
                theirs--;
            }
            to--;
        }
        _count += added;
    }

    public void Raise(in MaxById other) => Raise(other.Ids, other.Values);

    /// <summary>How many of <paramref name="ids"/> (ascending) are held already.</summary>
    private readonly int Held(ReadOnlySpan<int> ids)
    {
        var held = 0;
        var mine = Ids;
        for (int i = 0, j = 0; i < ids.Length && j < mine.Length;)
        {
            if (mine[j] < ids[i])
            {
                j++;
            }
            else
            {
                held += mine[j] == ids[i] ? 1 : 0;
                i++;
            }
        }
        return held;
    }
}
