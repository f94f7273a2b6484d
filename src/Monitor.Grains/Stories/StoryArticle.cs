using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>The event a story stores for each article: what the story needs of it, no more.</summary>
internal sealed record StoryArticle(ArticleSummary Summary, ArticleClaims Claims, IReadOnlyList<string> Entities)
{
    public static StoryArticle From(AnalyzedArticle article) => new(
        new ArticleSummary(article.Id, article.Source, article.Title, article.Url, article.Published),
        ArticleClaims.From(article),
        [.. article.Entities.Select(e => e.Key)]);
}
