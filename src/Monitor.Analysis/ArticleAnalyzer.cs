namespace Monitor.Analysis;

/// <summary>The engine's entry point: one article in, its signature, entities and claims out. Pure and deterministic.</summary>
public sealed class ArticleAnalyzer
{
    /// <summary>
    /// What makes two inputs the same text: the words of the plain title and text, whatever their
    /// spacing, case or markup. Analysing an input gives the same hash.
    /// </summary>
    public static string ContentHashOf(ArticleInput input) =>
        ContentHash(TextNormalizer.ToPlainText(input.Title).Trim(), TextNormalizer.ToPlainText(input.Text));

    private static string ContentHash(string title, string text) => TextNormalizer.ContentHash(title + "\n" + text);

    public AnalyzedArticle Analyze(ArticleInput input)
    {
        var text = TextNormalizer.ToPlainText(input.Text);
        var title = TextNormalizer.ToPlainText(input.Title).Trim();
        var sentences = SentenceSplitter.Split(text);
        var entities = EntityRecognizer.Recognize(sentences);
        var claims = ClaimExtractor.Extract(sentences, entities);
        var hash = ContentHash(title, text);
        var signature = Signatures.For(title, sentences, entities, input.Published);
        return new AnalyzedArticle(
            input.Id,
            input.Source,
            Headline.For(title, sentences),
            input.Url,
            input.Published,
            hash,
            NearDuplicates.Key(sentences),
            signature,
            entities.Mentions,
            claims);
    }
}
