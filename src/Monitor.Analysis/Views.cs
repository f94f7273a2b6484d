namespace Monitor.Analysis;

/// <summary>The snapshot document of SNAPSHOT.md: what every story, entity and source holds now.</summary>
public sealed record Snapshot(
    IReadOnlyList<StoryView> Stories,
    IReadOnlyList<EntityView> Entities,
    IReadOnlyList<SourceView> Sources);

public sealed record StoryView(
    string Id,
    string Title,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Sources,
    IReadOnlyList<ConsensusView> Consensus,
    IReadOnlyList<DivergenceView> Divergences);

public sealed record ConsensusView(
    string Slot,
    string Value,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Sources);

/// <summary>
/// Where sources contradict each other. <see cref="Level"/> is <see cref="DivergenceLevel.Hard"/> when the values
/// cannot both be true, <see cref="DivergenceLevel.Soft"/> when they can once rounding or vagueness is allowed for.
/// </summary>
public sealed record DivergenceView(
    string Id,
    string Slot,
    string Kind,
    IReadOnlyList<SideView> Sides,
    string Level = DivergenceLevel.Hard);

public sealed record SideView(
    string Value,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Quotes);

public sealed record EntityView(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Stories,
    IReadOnlyList<DivergenceView> Divergences);

public sealed record SourceView(
    string Id,
    string Name,
    IReadOnlyList<string> Articles,
    double Agreement);
