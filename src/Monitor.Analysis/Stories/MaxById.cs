using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// Numbers in ascending order, each with the largest value it was given: what a group of members
/// gives each term or entity at most. Kept sorted so a bound walks it as a comparison walks a
/// signature; a member's numbers are mostly there already, so raising them moves nothing.
/// </summary>
internal sealed class MaxById
{
    private readonly List<int> _ids = [];
    private readonly List<double> _values = [];

    public ReadOnlySpan<int> Ids => CollectionsMarshal.AsSpan(_ids);

    public ReadOnlySpan<double> Values => CollectionsMarshal.AsSpan(_values);

    public void Raise(int id, double value)
    {
        var at = Ids.BinarySearch(id);
        if (at >= 0)
        {
            _values[at] = Math.Max(_values[at], value);
            return;
        }
        _ids.Insert(~at, id);
        _values.Insert(~at, value);
    }

    public void Raise(MaxById other)
    {
        for (var i = 0; i < other._ids.Count; i++)
        {
            Raise(other._ids[i], other._values[i]);
        }
    }
}
