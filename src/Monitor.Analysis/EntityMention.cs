namespace Monitor.Analysis;

public enum EntityKind
{
    Person,
    Organization,
    Place,
    Group,
    Other,
    Facility,
    Law,
    Event,
}

/// <summary>
/// An entity as one article names it. <see cref="Key"/> is the canonical key shared across articles
/// (kind and normalised name, near-miss spellings folded together); <see cref="Name"/> is the full
/// name as this article spells it.
/// </summary>
public sealed record EntityMention(
    string Key,
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Surfaces,
    IReadOnlyList<EntityAttribute> Attributes);

/// <summary>A name or title an article gives an entity, with the sentence that gives it.</summary>
public sealed record EntityAttribute(string Attribute, string Value, string Quote);
