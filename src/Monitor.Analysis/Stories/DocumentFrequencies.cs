namespace Monitor.Analysis;

/// <summary>
/// How many of the articles seen so far name each term: the inverse document frequency is kept
/// online, from what has arrived, so a word every story uses this week ("vaccine") stops telling
/// stories apart without a list of such words.
/// </summary>
internal sealed class DocumentFrequencies
{
    private int[] _counts = new int[1024];

    public int Articles { get; private set; }

    public void Add(ReadOnlySpan<int> terms)
    {
        Articles++;
        foreach (var term in terms)
        {
            if (term >= _counts.Length)
            {
                Array.Resize(ref _counts, Math.Max(term + 1, 2 * _counts.Length));
            }
            _counts[term]++;
        }
    }

    /// <summary>A smoothed inverse document frequency: 1 for a term in every article, more for rarer ones.</summary>
    public double Idf(int term)
    {
        var count = term < _counts.Length ? _counts[term] : 0;
        return Math.Log((Articles + 1.0) / (count + 1.0)) + 1;
    }
}
