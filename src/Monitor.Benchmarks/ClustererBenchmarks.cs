using BenchmarkDotNet.Attributes;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>StoryClusterer.Assign for one more article once <see cref="Assigned"/> articles have been clustered.</summary>
[MemoryDiagnoser]
public class ClustererBenchmarks
{
    private readonly StoryClusterer _clusterer = new();
    private StorySignature _signature = null!;

    [Params(100, 10_000)]
    public int Assigned { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = new ArticleAnalyzer();
        var seeds = SeedArticles.Load().Select(analyzer.Analyze).ToList();
        for (var i = 0; i < Assigned; i++)
        {
            var seed = seeds[i % seeds.Count];
            _clusterer.Assign($"a{i}", seed.Signature);
        }
        _signature = seeds[0].Signature;
    }

    private int _next;

    [Benchmark(Description = "StoryClusterer.Assign")]
    public StoryDecision Assign() => _clusterer.Assign($"next{_next++}", _signature);
}
