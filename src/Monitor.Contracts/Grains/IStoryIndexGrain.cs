using System.Collections.Immutable;
using Monitor.Analysis;

namespace Monitor.Contracts;

/// <summary>
/// The one decision point for join-or-open: two articles of a new event that arrive together
/// cannot split it into two stories. It also holds the dedupe keys (canonical URL, content hash):
/// the first article to arrive with a key owns it, so the same article from a feed, the API and a
/// replay counts once. Assigning the same article again returns the first decision, marked as repeated;
/// the same id with another text is refused, not silently kept as the first text.
/// </summary>
[Alias("Monitor.IStoryIndexGrain")]
public interface IStoryIndexGrain : IGrainWithStringKey
{
    public const string Default = "default";

    /// <summary>
    /// The article's story, or the earlier article that owns one of its keys (then nothing of this
    /// one is kept). The keys go in the same durable record as the decision.
    /// </summary>
    [Alias("Assign")]
    Task<Assignment> Assign(string articleId, ImmutableArray<string> keys, StorySignature signature);

    [Alias("StoryIds")]
    Task<IReadOnlyList<string>> StoryIds();
}

/// <summary>
/// Where an article went: a story decision, or the article it duplicates. <paramref name="Repeated"/>: the id was
/// assigned before, with the same text (the decision is the first one, so a retry can finish its work);
/// <paramref name="TextChanged"/>: the id was assigned before with another text, and nothing is decided.
/// </summary>
[GenerateSerializer, Immutable, Alias("Monitor.Assignment")]
public sealed record Assignment(StoryDecision? Decision, string? DuplicateOf = null, bool Repeated = false, bool TextChanged = false);
