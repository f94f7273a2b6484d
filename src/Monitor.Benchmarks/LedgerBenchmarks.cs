using BenchmarkDotNet.Attributes;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>ClaimLedger.Add of one more article to a story that already holds <see cref="Size"/> articles.</summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    // The articles a story update invocation adds one after another: enough that the ledger is warm.
    private const int Updates = 100;

    private IReadOnlyList<ArticleClaims> _story = [];
    private IReadOnlyList<ArticleClaims> _updates = [];
    private ArticleClaims _next = null!;
    private ClaimLedger _ledger = null!;

    [Params(10, 1_000, 10_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var claims = SeedArticles.StoryClaims(new ArticleAnalyzer(), Size + Updates);
        _story = claims.Take(Size).ToList();
        _next = claims[Size];
        _updates = claims.Skip(Size).ToList();
    }

    // A fresh ledger of Size articles for each invocation, so each Add is the (Size+1)th.
    [IterationSetup(Target = nameof(Add))]
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

    // As for Add, with the stances counted, as a story grain's ledger has them.
    [IterationSetup(Target = nameof(StoryUpdate))]
    public void FillAndCount()
    {
        Fill();
        _ledger.Stances();
    }

    /// <summary>What a story grain does per article: watch the stances, add, read the stances that moved.</summary>
    [Benchmark(Description = "Story update (watch, add, moved stances) at size", OperationsPerInvoke = Updates)]
    public int StoryUpdate()
    {
        var moved = 0;
        foreach (var article in _updates)
        {
            _ledger.WatchStances();
            _ledger.Add(article);
            moved += _ledger.MovedStances().Count;
        }
        return moved;
    }
}
