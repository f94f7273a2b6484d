using Monitor.Analysis;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary>
/// Ingests a batch's articles side by side: one article mostly waits on grain calls and commits, so
/// one at a time would leave the cores idle. Results keep the order of the lines. When two lines may
/// be the same article (same id, URL, or text up to spacing and case) the batch runs in line order instead, so which of
/// them counts as the duplicate is decided by the order, as a client reading the batch expects.
/// </summary>
public static class BatchIngest
{
    public const int Concurrency = 32;

    public static async Task<IReadOnlyList<IngestResult>> RunAsync(ArticleIngestor ingestor, IReadOnlyList<ArticleInput> articles)
    {
        var results = new IngestResult[articles.Count];
        if (MaySelfDuplicate(articles))
        {
            for (var i = 0; i < articles.Count; i++)
            {
                results[i] = await ingestor.IngestAsync(articles[i]);
            }
            return results;
        }
        await Parallel.ForEachAsync(
            Enumerable.Range(0, articles.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (i, _) => results[i] = await ingestor.IngestAsync(articles[i]));
        return results;
    }

    private static bool MaySelfDuplicate(IReadOnlyList<ArticleInput> articles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var keys = new[] { "id:" + article.Id, ArticleKeys.CanonicalUrl(article.Url) is { } url ? "url:" + url : null, "text:" + ArticleAnalyzer.ContentHashOf(article) };
            if (keys.OfType<string>().Any(key => !seen.Add(key)))
            {
                return true;
            }
        }
        return false;
    }
}
