namespace Monitor.Analysis;

/// <summary>
/// Where an article goes: the story it joins or opens, and the stories it bridges, which are merged
/// into that one. <see cref="Absorbed"/> is empty unless the article links stories opened apart.
/// </summary>
public sealed record StoryDecision(string StoryId, bool IsNew, IReadOnlyList<string>? Absorbed = null)
{
    public IReadOnlyList<string> Merged => Absorbed ?? [];
}
