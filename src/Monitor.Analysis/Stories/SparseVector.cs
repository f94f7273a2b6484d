namespace Monitor.Analysis;

/// <summary>Sparse vectors of term or entity numbers: what articles and a story's windows are compared as.</summary>
internal static class SparseVector
{
    public static double Dot(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }
        double dot = 0;
        foreach (var (id, value) in a)
        {
            if (b.TryGetValue(id, out var other))
            {
                dot += value * other;
            }
        }
        return dot;
    }
}
