namespace Monitor.Analysis;

/// <summary>The running centroid of one story's articles: summed term weights and entity counts.</summary>
internal sealed class StoryProfile
{
    private readonly Dictionary<string, double> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _entities = new(StringComparer.Ordinal);
    private double _norm;

    public void Add(StorySignature signature)
    {
        foreach (var term in signature.Terms)
        {
            _terms[term.Term] = _terms.GetValueOrDefault(term.Term) + term.Weight;
        }
        foreach (var entity in signature.Entities)
        {
            _entities[entity] = _entities.GetValueOrDefault(entity) + 1;
        }
        _norm = Math.Sqrt(_terms.Values.Sum(w => w * w));
    }

    public double Similarity(StorySignature signature)
    {
        var norm = Math.Sqrt(signature.Terms.Sum(t => t.Weight * t.Weight));
        if (norm == 0 || _norm == 0)
        {
            return 0;
        }
        var dot = signature.Terms.Sum(t => t.Weight * _terms.GetValueOrDefault(t.Term));
        return dot / (norm * _norm);
    }
}
