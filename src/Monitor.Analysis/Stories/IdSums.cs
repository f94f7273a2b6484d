using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// Weights summed by term or entity number: a story window's vector. A dot product with an article
/// reads the sums in the article's order; most of an article's ids are not among them, and a bit per
/// id's low bits, set when an id is first summed and never cleared, answers most of those without a lookup.
/// </summary>
internal sealed class IdSums(int capacity)
{
    private const int FilterWords = 16;
    private readonly Dictionary<int, double> _sums = new(capacity);
    private readonly ulong[] _filter = new ulong[FilterWords];

    public int Count => _sums.Count;

    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (-1) a vector; a sum taken back to nothing is dropped.</summary>
    public void Add(int[] ids, double[] weights, int sign)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(_sums, id, out _);
            sum += sign * weights[i];
            if (sign < 0 && Math.Abs(sum) < 1e-12)
            {
                _sums.Remove(id);
            }
            _filter[Word(id)] |= Bit(id);
        }
    }

    /// <summary>The dot product with a vector, summed in its order.</summary>
    public double Dot(int[] ids, double[] weights)
    {
        double dot = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            if ((_filter[Word(id)] & Bit(id)) != 0 && _sums.TryGetValue(id, out var sum))
            {
                dot += sum * weights[i];
            }
        }
        return dot;
    }

    /// <summary>The dot product with other sums, summed over the ids of the one with fewer (this on a tie), in the order they were first summed.</summary>
    public double Dot(IdSums other)
    {
        var (a, b) = _sums.Count > other._sums.Count ? (other._sums, _sums) : (_sums, other._sums);
        double dot = 0;
        foreach (var (id, value) in a)
        {
            if (b.TryGetValue(id, out var sum))
            {
                dot += value * sum;
            }
        }
        return dot;
    }

    private static int Word(int id) => (id >> 6) & (FilterWords - 1);

    private static ulong Bit(int id) => 1UL << (id & 63);
}
