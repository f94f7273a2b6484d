namespace Monitor.Analysis.Tests;

/// <summary>Short articles of a test's own sentences, analysed and put in a story's ledger.</summary>
internal static class OneSentenceArticles
{
    public static readonly ArticleAnalyzer Analyzer = new();

    // Each its own text: a one-sentence article has no near-duplicate key of its own.
    public static ArticleClaims Article(string id, string source, string text) =>
        ArticleClaims.From(Analyzer.Analyze(new ArticleInput(id, source, "", text))) with { NearDuplicateKey = id };

    public static ClaimLedger Ledger(params ArticleClaims[] articles)
    {
        var ledger = new ClaimLedger();
        foreach (var article in articles)
        {
            ledger.Add(article);
        }
        return ledger;
    }
}
