using Monitor.Analysis;

namespace Monitor.Contracts;

/// <summary>
/// The one decision point for join-or-open: two articles of a new event that arrive together
/// cannot split it into two stories. Assigning the same article again returns the first decision.
/// </summary>
[Alias("Monitor.IStoryIndexGrain")]
public interface IStoryIndexGrain : IGrainWithStringKey
{
    public const string Default = "default";

    [Alias("Assign")]
    Task<StoryDecision> Assign(string articleId, StorySignature signature);

    [Alias("StoryIds")]
    Task<IReadOnlyList<string>> StoryIds();
}
