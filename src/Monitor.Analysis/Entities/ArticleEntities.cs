namespace Monitor.Analysis;

/// <summary>The entities of one article, and where each is named, for the claim rules.</summary>
internal sealed record ArticleEntities(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<LocatedName> Names);

/// <summary>A name in a sentence resolved to its canonical entity.</summary>
internal sealed record LocatedName(NameSpan Span, string Key, string Name, EntityKind Kind, Country? CountryOfPerson);
