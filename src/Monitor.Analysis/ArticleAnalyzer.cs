namespace Monitor.Analysis;

/// <summary>The engine's entry point: one article in, its signature, entities and claims out. Pure and deterministic.</summary>
public sealed class ArticleAnalyzer
{
    public AnalyzedArticle Analyze(ArticleInput input)
    {
        // The sentences and their tokens live only for this call; what it returns holds none of them.
        var tokens = TokenStore.Rent();
        try
        {
            return Analyze(input, tokens);
        }
        finally
        {
            TokenStore.Return(tokens);
        }
    }

    private static AnalyzedArticle Analyze(ArticleInput input, TokenStore tokens)
    {
        var text = TextNormalizer.ToPlainText(input.Text);
        var title = TextNormalizer.ToPlainText(input.Title).Trim();
        var sentences = SentenceSplitter.Split(text, tokens);
        var entities = EntityRecognizer.Recognize(sentences);
        var claims = ClaimExtractor.Extract(sentences, entities, input.Published);
        // The text alone: README promises that the same text under another headline is the same article.
        var hash = TextNormalizer.ContentHash(text);
        var signature = Signatures.For(Tokenizer.Tokenize(title, 0, title.Length, tokens), sentences, entities, input.Published) with
        {
            Opinion = Genre.IsOpinion(input.Url, title),
        };
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
