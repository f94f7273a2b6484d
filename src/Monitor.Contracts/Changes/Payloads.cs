using Monitor.Analysis;

namespace Monitor.Contracts;

/// <summary>The payload of story.opened and story.updated: one row of the story list.</summary>
public sealed record StorySummary(string Id, string Title, int Articles, int Sources, int Divergences);

/// <summary>The payload of story.merged: the story is gone, its articles are in <paramref name="Into"/>.</summary>
public sealed record StoryMerged(string StoryId, string Into, string Title);

/// <summary>The payload of story.split: the articles left the story for <paramref name="Into"/> (perhaps a new story); the story keeps the rest.</summary>
public sealed record StorySplit(string StoryId, string Into, IReadOnlyList<string> Articles, string Title);

/// <summary>The payload of a story's divergence or consensus change.</summary>
public sealed record StoryLedgerChange(string StoryId, string StoryTitle, string Slot, DivergenceView? Divergence, ConsensusView? Consensus);

/// <summary>The payload of entity.updated.</summary>
public sealed record EntitySummary(string Id, string Name, string Kind, int Articles, int Stories, int Divergences);

/// <summary>The payload of an entity's name or title divergence.</summary>
public sealed record EntityLedgerChange(string EntityId, string EntityName, string Slot, DivergenceView? Divergence);

/// <summary>The payload of source.updated.</summary>
public sealed record SourceSummary(string Id, string Name, int Articles, double Agreement);
