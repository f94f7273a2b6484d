using System.Diagnostics;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>A quick single-threaded articles-per-second figure over a corpus (and per CPU second, for a busy machine), for profiling between BenchmarkDotNet runs.</summary>
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
            var (bytes, collections, paused) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0), GC.GetTotalPauseDuration());
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
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
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var perArticle = (GC.GetAllocatedBytesForCurrentThread() - bytes) / count;
            output.WriteLine($"{count / clock.Elapsed.TotalSeconds:F0} articles/s, {count / cpuSeconds:F0} per CPU second, {perArticle / 1024} KB allocated an article, {GC.CollectionCount(0) - collections} gen0 GCs pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms");
        }
    }
}
