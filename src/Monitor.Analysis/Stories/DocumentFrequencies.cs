namespace Monitor.Analysis;

/// <summary>
/// How many of the articles seen so far name each term: the inverse document frequency is kept
/// online, from what has arrived, so a word every story uses this week ("vaccine") stops telling
/// stories apart without a list of such words.
/// </summary>
internal sealed class DocumentFrequencies
{
    private readonly List<int> _counts = [];

    public int Articles { get; private set; }

    public void Add(ReadOnlySpan<int> terms)
    {
        Articles++;
        foreach (var term in terms)
        {
            while (_counts.Count <= term)
            {
                _counts.Add(0);
            }
            _counts[term]++;
        }
    }

    /// <summary>A smoothed inverse document frequency: 1 for a term in every article, more for rarer ones.</summary>
    public double Idf(int term)
    {
        var count = term < _counts.Count ? _counts[term] : 0;
        return Math.Log((Articles + 1.0) / (count + 1.0)) + 1;
    }
}
