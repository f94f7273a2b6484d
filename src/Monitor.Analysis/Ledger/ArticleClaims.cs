namespace Monitor.Analysis;

/// <summary>The part of an analysed article that a story's claim ledger keeps.</summary>
public sealed record ArticleClaims(
    string ArticleId,
    string Source,
    string NearDuplicateKey,
    IReadOnlyList<Claim> Claims)
{
    public static ArticleClaims From(AnalyzedArticle article) =>
        new(article.Id, article.Source, article.NearDuplicateKey, article.Claims);
}
