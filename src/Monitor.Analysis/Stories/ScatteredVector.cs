namespace Monitor.Analysis;

/// <summary>
/// One sparse vector spread out by id, so its dot product with another is one array read per id of
/// the other. The same sums as a dictionary of id to weight would hold (an id met twice has its weights summed,
/// in the order of first mention), in the same order; for the many pairs of a story's members.
/// </summary>
internal sealed class ScatteredVector
{
    // Where each id is in the vector spread out now, plus one; 0 for an id it has not.
    private int[] _positions = new int[1024];
    private int[] _ids = [];
    private double[] _weights = [];

    /// <summary>The vector's ids, each once in the order first met, and their summed weights: the arrays themselves when no id repeats.</summary>
    public (int[] Ids, double[] Weights) Distinct(int[] ids, double[] weights)
    {
        Scatter(ids, weights);
        var distinct = _ids.Length == ids.Length ? (ids, weights) : (_ids, _weights);
        Clear();
        return distinct;
    }

    /// <summary>Spreads out a vector of distinct ids (see <see cref="Distinct"/>), until <see cref="Clear"/>.</summary>
    public void Scatter(int[] ids, double[] weights)
    {
        var distinct = 0;
        foreach (var id in ids)
        {
            if (id >= _positions.Length)
            {
                Array.Resize(ref _positions, Math.Max(id + 1, 2 * _positions.Length));
            }
            if (_positions[id] == 0)
            {
                _positions[id] = ++distinct;
            }
        }
        if (distinct == ids.Length)
        {
            (_ids, _weights) = (ids, weights);
            return;
        }
        (_ids, _weights) = (new int[distinct], new double[distinct]);
        for (var i = 0; i < ids.Length; i++)
        {
            var at = _positions[ids[i]] - 1;
            _ids[at] = ids[i];
            _weights[at] += weights[i];
        }
    }

    public void Clear()
    {
        foreach (var id in _ids)
        {
            _positions[id] = 0;
        }
        (_ids, _weights) = ([], []);
    }

    /// <summary>The dot product with a vector of distinct ids, summed in its order.</summary>
    public double Dot(int[] ids, double[] weights)
    {
        double dot = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            if (id < _positions.Length && _positions[id] is var at and > 0)
            {
                dot += weights[i] * _weights[at - 1];
            }
        }
        return dot;
    }
}
