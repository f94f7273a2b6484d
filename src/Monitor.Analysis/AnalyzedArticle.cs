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

/// <summary>
/// What the story index compares: weighted terms, canonical entity keys, the time, and whether the
/// article is an opinion piece rather than a news report (false in signatures stored before it was kept).
/// </summary>
public sealed record StorySignature(
    IReadOnlyList<WeightedTerm> Terms,
    IReadOnlyList<string> Entities,
    DateTimeOffset? Published,
    bool Opinion = false);

public sealed record WeightedTerm(string Term, double Weight);
