using Monitor.Analysis;

namespace Monitor.Contracts;

/// <summary>
/// What a story keeps of an article, no more: its event, and what a merge hands over. The mentions of
/// lone surnames ride along, for the story to file under a full name it learns later (<see cref="StoryPeople"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryArticle")]
public sealed record StoryArticle(ArticleSummary Summary, ArticleClaims Claims, IReadOnlyList<string> Entities, IReadOnlyList<EntityMention>? LoneSurnames = null)
{
    public static StoryArticle From(AnalyzedArticle article) => new(
        new ArticleSummary(article.Id, article.Source, article.Title, article.Url, article.Published),
        ArticleClaims.From(article),
        [.. article.Entities.Select(e => e.Key)],
        [.. article.Entities.Where(e => StoryPeople.IsLoneSurname(e.Key))]);
}
