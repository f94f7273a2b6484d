using BenchmarkDotNet.Attributes;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>ArticleAnalyzer.Analyze on each seed article.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly ArticleAnalyzer _analyzer = new();
    private IReadOnlyList<ArticleInput> _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = SeedArticles.Load();

    [Benchmark(Description = "Analyze all seed articles")]
    public int AnalyzeSeeds()
    {
        var claims = 0;
        foreach (var article in _articles)
        {
            claims += _analyzer.Analyze(article).Claims.Count;
        }
        return claims;
    }
}
