using Monitor.Analysis;

namespace Monitor.Contracts;

[Alias("Monitor.IStoryGrain")]
public interface IStoryGrain : IGrainWithStringKey
{
    /// <summary>Adds an article's claims; adding one the story already has changes nothing.</summary>
    [Alias("AddArticle")]
    Task<StoryUpdate> AddArticle(AnalyzedArticle article);

    [Alias("View")]
    Task<StoryView> View();

    [Alias("Detail")]
    Task<StoryDetail> Detail();
}

/// <summary>What adding an article did: whether it was new, and each source's stance afterwards.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryUpdate")]
public sealed record StoryUpdate(bool Added, IReadOnlyList<SourceStance> Stances);

/// <summary>The story as a dashboard shows it: the snapshot view, its articles, entities and claim matrix.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryDetail")]
public sealed record StoryDetail(
    StoryView Story,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<string> Entities,
    IReadOnlyList<ClaimCell> Matrix);

[GenerateSerializer, Immutable, Alias("Monitor.ArticleSummary")]
public sealed record ArticleSummary(string Id, string Source, string Title, string? Url, DateTimeOffset? Published);

/// <summary>One cell of the claim matrix: the value a source gives a slot, and whether it stands with the consensus.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.ClaimCell")]
public sealed record ClaimCell(string Source, string Slot, string Value, string Agreement);
