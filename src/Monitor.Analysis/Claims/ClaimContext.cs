namespace Monitor.Analysis;

/// <summary>What the claim rules read: the sentences and the entities named in each.</summary>
internal sealed class ClaimContext
{
    public ClaimContext(IReadOnlyList<Sentence> sentences, ArticleEntities entities)
    {
        Sentences = sentences;
        Entities = entities;
        CountryOfPerson = PersonCountries.Find(sentences, entities.Names);
    }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The day the article was published, which "last week" and "in May" are counted from; null when unknown.</summary>
    public DateOnly? Published { get; init; }

    public ArticleEntities Entities { get; }

    /// <summary>The country the article ties a person to, by entity key.</summary>
    public IReadOnlyDictionary<string, Country> CountryOfPerson { get; }

    /// <summary>The country named at token <paramref name="index"/> of a sentence, if the first name there is one.</summary>
    public Country? CountryAt(int sentence, int index)
    {
        foreach (var name in Entities.Names)
        {
            if (name.Span.Sentence == sentence && name.Span.First == index)
            {
                return name.Span.Country;
            }
        }
        return null;
    }

    /// <summary>The first country of a sentence named just before token <paramref name="end"/>, if any.</summary>
    public Country? CountryEndingAt(int sentence, int end)
    {
        foreach (var name in Entities.Names)
        {
            if (name.Span.Sentence == sentence && name.Span.End == end && name.Span.Country is not null)
            {
                return name.Span.Country;
            }
        }
        return null;
    }
}
