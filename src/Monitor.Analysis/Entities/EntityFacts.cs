namespace Monitor.Analysis;

/// <summary>An entity's name, kind and counts, as a change about it carries them.</summary>
public sealed record EntityFacts(string Name, string Kind, int Articles, int Stories, int Divergences);
