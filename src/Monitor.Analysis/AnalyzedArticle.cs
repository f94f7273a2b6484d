namespace Monitor.Analysis;

/// <summary>What the engine extracts from one article; everything downstream works on this.</summary>
public sealed record AnalyzedArticle(
    string Id,
    string Source,
    string Title,
    string? Url,
    DateTimeOffset? Published,
    string ContentHash,
    string NearDuplicateKey,
    StorySignature Signature,
    IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<Claim> Claims);

/// <summary>What the story index compares: weighted terms, canonical entity keys and the time.</summary>
public sealed record StorySignature(
    IReadOnlyList<WeightedTerm> Terms,
    IReadOnlyList<string> Entities,
    DateTimeOffset? Published);

public sealed record WeightedTerm(string Term, double Weight);
