using Monitor.Analysis;

namespace Monitor.Contracts;

[Alias("Monitor.IStoryGrain")]
public interface IStoryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds an article's claims; adding one the story already has changes nothing. A story merged
    /// into another adds nothing and answers where it went.
    /// </summary>
    [Alias("AddArticle")]
    Task<StoryUpdate> AddArticle(AnalyzedArticle article);

    /// <summary>Takes in another story's articles and retires it: the story index decided to merge them.</summary>
    [Alias("Absorb")]
    Task<StoryMerge> Absorb(string storyId);

    /// <summary>This story's articles, for the story absorbing it.</summary>
    [Alias("Articles")]
    Task<IReadOnlyList<StoryArticle>> Articles();

    /// <summary>Marks this story merged into another and returns its articles; retiring it again returns them again.</summary>
    [Alias("Retire")]
    Task<IReadOnlyList<StoryArticle>> Retire(string into);

    [Alias("View")]
    Task<StoryView> View();

    [Alias("Detail")]
    Task<StoryDetail> Detail();
}

/// <summary>
/// What adding an article did: whether it was new, and each source's stance afterwards; or, when the
/// story was merged into another, where the article must go instead.
/// </summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryUpdate")]
public sealed record StoryUpdate(bool Added, IReadOnlyList<SourceStance> Stances, string? MergedInto = null);

/// <summary>
/// What a merge moved: the entities and sources of the absorbed story, which must file it under the
/// survivor; or, when the would-be survivor was itself merged meanwhile, where to merge instead.
/// </summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryMerge")]
public sealed record StoryMerge(IReadOnlyList<string> Entities, IReadOnlyList<string> Sources, string? MergedInto = null);

/// <summary>The story as a dashboard shows it: the snapshot view, its articles, entities and claim matrix.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryDetail")]
public sealed record StoryDetail(
    StoryView Story,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<string> Entities,
    IReadOnlyList<ClaimCell> Matrix,
    string? MergedInto = null);

[GenerateSerializer, Immutable, Alias("Monitor.ArticleSummary")]
public sealed record ArticleSummary(string Id, string Source, string Title, string? Url, DateTimeOffset? Published);

/// <summary>One cell of the claim matrix: the value a source gives a slot, and whether it stands with the consensus.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.ClaimCell")]
public sealed record ClaimCell(string Source, string Slot, string Value, string Agreement);
