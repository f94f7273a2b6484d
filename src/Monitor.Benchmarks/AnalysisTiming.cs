using System.Diagnostics;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>A quick single-threaded articles-per-second figure over a corpus, for profiling between BenchmarkDotNet runs.</summary>
internal static class AnalysisTiming
{
    public static void Run(IReadOnlyList<string> folders, TextWriter output)
    {
        var articles = CorpusArticles.Load(folders);
        var analyzer = new ArticleAnalyzer();
        foreach (var article in articles)
        {
            analyzer.Analyze(article); // warm-up: JIT tiers and lexicon tables
        }
        for (var round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            var count = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(2))
            {
                foreach (var article in articles)
                {
                    analyzer.Analyze(article);
                }
                count += articles.Count;
            }
            output.WriteLine($"{count / clock.Elapsed.TotalSeconds:F0} articles/s");
        }
    }
}
