using Monitor.Analysis;

namespace Monitor.Contracts;

[Alias("Monitor.IStoryGrain")]
public interface IStoryGrain : IGrainWithStringKey
{
    /// <summary>
    /// Adds an article's claims; adding one the story already has changes nothing. A story merged
    /// into another adds nothing and answers where it went; so does a story a re-clustering moved the
    /// article out of, unless that move came before <paramref name="after"/> (the latest move of the
    /// article the caller was sent on by): an article moved out and back in while on its way ends here.
    /// </summary>
    [Alias("AddArticle")]
    Task<StoryUpdate> AddArticle(AnalyzedArticle article, long after = 0);

    /// <summary>
    /// Takes in the articles of a story merged into this one; those it has change nothing. A story
    /// merged into another adopts nothing and answers where it went.
    /// </summary>
    [Alias("Adopt")]
    Task<StoryUpdate> Adopt(IReadOnlyList<StoryArticle> articles);

    /// <summary>This story's articles, for the story adopting them.</summary>
    [Alias("Articles")]
    Task<IReadOnlyList<StoryArticle>> Articles();

    /// <summary>
    /// Marks this story merged into another and returns its articles; retiring it again returns them again.
    /// <paramref name="at"/> numbers the merge among the index's moves (see <see cref="AddArticle"/>).
    /// </summary>
    [Alias("Retire")]
    Task<IReadOnlyList<StoryArticle>> Retire(string into, long at = 0);

    /// <summary>
    /// Gives up some of its articles to another story, as a re-clustering split them off: they leave
    /// its page and ledger, and story.split says where they went. One still on its way here is sent on
    /// when it arrives. Returns the articles it gave up (none, when released again), for the other story
    /// to adopt: one may have arrived after that story copied the rest.
    /// </summary>
    [Alias("Release")]
    Task<IReadOnlyList<StoryArticle>> Release(IReadOnlyList<string> articleIds, string into, long at = 0);

    [Alias("View")]
    Task<StoryView> View();

    [Alias("Detail")]
    Task<StoryDetail> Detail();

    /// <summary>
    /// The entity keys this story files some of its articles' mentions under (a lone surname under the story's
    /// full name, a middle initial as the story tells people apart): where those mentions are, to move them.
    /// </summary>
    [Alias("EntityKeys")]
    Task<IReadOnlyList<ArticleEntityKeys>> EntityKeys(IReadOnlyList<string> articleIds);

    /// <summary>What a story list shows of the story, without its claims' views: cheaper than <see cref="Detail"/>.</summary>
    [Alias("Entry")]
    Task<StoryEntry> Entry();
}

/// <summary>
/// What adding articles did: whether any was new, and the sources' stances to pass on (those the
/// article moved; every stance when nothing was added, so a retry passes them all again); or, when
/// the story was merged into another or the article was moved out of it, where it must go instead (and,
/// when moved, <see cref="MovedAt"/>: when the index moved it). <see cref="EntityKeys"/> are the
/// added article's entity keys as the story files them, in its order: a lone surname under the story's full
/// name, or null while the story holds it; <see cref="Released"/> are held mentions of earlier articles that
/// this one's full names resolve.
/// </summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryUpdate")]
public sealed record StoryUpdate(
    bool Added,
    IReadOnlyList<SourceStance> Stances,
    string? MergedInto = null,
    IReadOnlyList<string?>? EntityKeys = null,
    IReadOnlyList<MentionInStory>? Released = null,
    long? MovedAt = null);

/// <summary>The story as a dashboard shows it: the snapshot view, its articles, entities and claim matrix.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryDetail")]
public sealed record StoryDetail(
    StoryView Story,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<string> Entities,
    IReadOnlyList<ClaimCell> Matrix,
    string? MergedInto = null);

/// <summary>The entity keys an article's mentions are filed under in its story.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.ArticleEntityKeys")]
public sealed record ArticleEntityKeys(string ArticleId, IReadOnlyList<string> Keys);

/// <summary>A story as a list shows it: its headline, counts, articles and entities; or where it was merged.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryEntry")]
public sealed record StoryEntry(
    string Title,
    int Sources,
    int Divergences,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<string> Entities,
    string? MergedInto = null);

[GenerateSerializer, Immutable, Alias("Monitor.ArticleSummary")]
public sealed record ArticleSummary(string Id, string Source, string Title, string? Url, DateTimeOffset? Published);

/// <summary>One cell of the claim matrix: the value a source gives a slot, and whether it stands with the consensus.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.ClaimCell")]
public sealed record ClaimCell(string Source, string Slot, string Value, string Agreement);
