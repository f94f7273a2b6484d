using Monitor.Analysis;

namespace Monitor.Contracts;

/// <summary>What a story keeps of an article, no more: its event, and what a merge hands over.</summary>
[GenerateSerializer, Immutable, Alias("Monitor.StoryArticle")]
public sealed record StoryArticle(ArticleSummary Summary, ArticleClaims Claims, IReadOnlyList<string> Entities)
{
    public static StoryArticle From(AnalyzedArticle article) => new(
        new ArticleSummary(article.Id, article.Source, article.Title, article.Url, article.Published),
        ArticleClaims.From(article),
        [.. article.Entities.Select(e => e.Key)]);
}
