using BenchmarkDotNet.Attributes;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>ClaimLedger.Add of one more article to a story that already holds <see cref="Size"/> articles.</summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private IReadOnlyList<ArticleClaims> _story = [];
    private ArticleClaims _next = null!;
    private ClaimLedger _ledger = null!;

    [Params(10, 1_000, 10_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var claims = SeedArticles.StoryClaims(new ArticleAnalyzer(), Size + 1);
        _story = claims.Take(Size).ToList();
        _next = claims[Size];
    }

    // A fresh ledger of Size articles for each invocation, so each Add is the (Size+1)th.
    [IterationSetup]
    public void Fill()
    {
        _ledger = new ClaimLedger();
        foreach (var article in _story)
        {
            _ledger.Add(article);
        }
    }

    [Benchmark(Description = "ClaimLedger.Add at size")]
    public int Add() => _ledger.Add(_next).Count;
}
