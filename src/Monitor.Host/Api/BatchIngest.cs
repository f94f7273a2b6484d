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

    public static async Task<IReadOnlyList<IngestResult>> RunAsync(ArticleIngestor ingestor, IReadOnlyList<ArticleInput> inputs)
    {
        // Analysed first, on every core: the content hash that says two lines are one text comes with it.
        // Awaited, not waited on: a blocked request thread would spin, then sleep, while others analyse.
        var articles = new AnalyzedArticle[inputs.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), (i, _) =>
        {
            articles[i] = ingestor.Analyze(inputs[i]);
            return ValueTask.CompletedTask;
        });
        var results = new IngestResult[articles.Length];
        if (MaySelfDuplicate(articles))
        {
            for (var i = 0; i < articles.Length; i++)
            {
                results[i] = await ingestor.IngestAsync(articles[i]);
            }
            return results;
        }
        await Parallel.ForEachAsync(
            Enumerable.Range(0, articles.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (i, _) => results[i] = await ingestor.IngestAsync(articles[i]));
        return results;
    }

    /// <summary>Whether two lines share an id, a canonical URL or a content hash: then only line order may decide between them.</summary>
    internal static bool MaySelfDuplicate(IReadOnlyList<AnalyzedArticle> articles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The keys the ingest claims (URL, content hash), and the id.
        return articles.SelectMany(a => ArticleKeys.For(a).Prepend("id:" + a.Id)).Any(key => !seen.Add(key));
    }
}
