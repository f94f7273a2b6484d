namespace Monitor.Analysis;

/// <summary>What the claim rules read: the sentences and the entities named in each.</summary>
internal sealed class ClaimContext
{
    private readonly ILookup<int, LocatedName> _namesBySentence;

    public ClaimContext(IReadOnlyList<Sentence> sentences, ArticleEntities entities)
    {
        Sentences = sentences;
        Entities = entities;
        _namesBySentence = entities.Names.ToLookup(n => n.Span.Sentence);
        CountryOfPerson = PersonCountries.Find(sentences, entities.Names);
    }

    public IReadOnlyList<Sentence> Sentences { get; }

    public ArticleEntities Entities { get; }

    /// <summary>The country the article ties a person to, by entity key.</summary>
    public IReadOnlyDictionary<string, Country> CountryOfPerson { get; }

    public IEnumerable<LocatedName> NamesIn(int sentence) => _namesBySentence[sentence];

    /// <summary>The country named at token <paramref name="index"/> of a sentence, if any.</summary>
    public Country? CountryAt(int sentence, int index) =>
        NamesIn(sentence).FirstOrDefault(n => n.Span.First == index)?.Span.Country;
}
