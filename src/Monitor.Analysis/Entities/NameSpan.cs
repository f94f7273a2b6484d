namespace Monitor.Analysis;

/// <summary>A name found in one sentence: where, what it reads as, and the title or country said with it.</summary>
internal sealed record NameSpan(int Sentence, int First, int End, string Surface, EntityKind Kind)
{
    /// <summary>The title said before it, with a modifier: "former President".</summary>
    public string? Title { get; init; }

    public Country? Country { get; init; }

    /// <summary>A country said with a person ("El Salvador's President Bukele"), for slots that depend on it.</summary>
    public Country? CountryOfPerson { get; init; }

    /// <summary>A single word that is a name only if the article names it in full elsewhere.</summary>
    public bool Pending { get; init; }

    /// <summary>An acronym in brackets just after a name: another name of it.</summary>
    public NameSpan? AliasOf { get; init; }
}
