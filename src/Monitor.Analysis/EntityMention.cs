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
/// (kind and normalised name, near-miss spellings folded together; a person's key may end in "~" and
/// middle initials, which the story drops unless it tells two people apart by them: see
/// <see cref="StoryPeople"/>); <see cref="Name"/> is the full name as this article spells it.
/// </summary>
public sealed record EntityMention(
    string Key,
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Surfaces,
    IReadOnlyList<EntityAttribute> Attributes);

/// <summary>A name or title an article gives an entity, with the sentence that gives it.</summary>
public sealed record EntityAttribute(string Attribute, string Value, string Quote);
