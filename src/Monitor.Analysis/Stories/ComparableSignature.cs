namespace Monitor.Analysis;

/// <summary>
/// A story signature made ready for many comparisons: terms and entity keys sorted for binary search
/// and the term norm computed once, so comparing an article with every member of a story builds no tables.
/// </summary>
internal sealed class ComparableSignature
{
    private readonly string[] _terms;
    private readonly double[] _weights;
    private readonly string[] _entities;

    public ComparableSignature(StorySignature signature)
    {
        Signature = signature;
        // A term listed twice weighs what its last listing says, as a table filled in order would keep it.
        var weights = new Dictionary<string, double>(signature.Terms.Count, StringComparer.Ordinal);
        double squares = 0;
        foreach (var term in signature.Terms)
        {
            weights[term.Term] = term.Weight;
            squares += term.Weight * term.Weight;
        }
        _terms = [.. weights.Keys.Order(StringComparer.Ordinal)];
        _weights = [.. _terms.Select(term => weights[term])];
        _entities = [.. signature.Entities.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Norm = Math.Sqrt(squares);
    }

    public StorySignature Signature { get; }

    /// <summary>The length of the term vector.</summary>
    public double Norm { get; }

    public double WeightOf(string term)
    {
        var at = Array.BinarySearch(_terms, term, StringComparer.Ordinal);
        return at >= 0 ? _weights[at] : 0;
    }

    public bool Names(string entity) => Array.BinarySearch(_entities, entity, StringComparer.Ordinal) >= 0;
}
