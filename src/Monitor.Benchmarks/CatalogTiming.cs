using System.Diagnostics;
using Monitor.Catalog;

namespace Monitor.Benchmarks;

/// <summary>
/// The story list's query time over a month of news: a <see cref="StoryCatalog"/> of generated stories
/// (made-up titles, outlets and entities, one to forty articles over thirty days), asked a mix of the
/// dashboard's queries (search words, outlet, day range, each sort, a few pages); prints p50, p99 and the
/// slowest per kind and for all. The goal is p99 under 50 ms at 10,000 stories.
/// </summary>
public static class CatalogTiming
{
    private static readonly string[] Words =
    [
        "border", "budget", "court", "election", "strike", "storm", "talks", "ceasefire", "vote", "tariff",
        "summit", "trial", "protest", "merger", "outbreak", "rescue", "launch", "verdict", "deal", "inquiry",
        "river", "harbour", "minister", "senate", "council", "union", "airline", "bank", "school", "hospital",
    ];

    public static void Run(int stories, int queries, TextWriter output)
    {
        var random = new Random(7);
        var catalog = Fill(stories, random);
        var kinds = Kinds(random);
        var times = kinds.ToDictionary(k => k.Name, _ => new List<double>());
        for (var i = 0; i < queries / 10; i++)
        {
            catalog.Query(kinds[i % kinds.Length].Next());
        }
        var total = 0;
        for (var i = 0; i < queries; i++)
        {
            var kind = kinds[i % kinds.Length];
            var query = kind.Next();
            var watch = Stopwatch.StartNew();
            total += catalog.Query(query).Total;
            times[kind.Name].Add(watch.Elapsed.TotalMilliseconds);
        }
        output.WriteLine($"{catalog.Count:N0} stories, {queries:N0} queries (matches seen: {total:N0})");
        output.WriteLine($"{"query",-22} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var (name, list) in times.Append(new("all", [.. times.Values.SelectMany(t => t)])))
        {
            list.Sort();
            output.WriteLine($"{name,-22} {At(list, 0.50),8:F2} {At(list, 0.99),8:F2} {list[^1],8:F2}");
        }
    }

    private static StoryCatalog Fill(int stories, Random random)
    {
        var catalog = new StoryCatalog();
        catalog.Reset("bench");
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        for (var s = 0; s < stories; s++)
        {
            var id = $"s-{s:x6}";
            var opened = start.AddMinutes(random.Next(30 * 24 * 60));
            var articles = Enumerable.Range(0, 1 + (int)(Math.Pow(random.NextDouble(), 3) * 40))
                .Select(a => new ReportedArticle($"{id}-{a}", $"outlet-{random.Next(80):d2}", Title(random), null,
                    a % 7 == 6 ? null : opened.AddMinutes(random.Next(3 * 24 * 60))))
                .ToList();
            var entities = Enumerable.Range(0, 3 + random.Next(20)).Select(_ => $"person:name {random.Next(3000)}").Distinct().ToList();
            catalog.Put(id, Title(random), Math.Min(articles.Count, 1 + random.Next(12)), random.Next(6) == 0 ? random.Next(1, 6) : 0,
                articles, entities, opened);
        }
        catalog.Advance(1);
        return catalog;
    }

    private static (string Name, Func<StoryQuery> Next)[] Kinds(Random random)
    {
        DateOnly Day() => new(2026, 11, 1 + random.Next(30));
        StorySort Sort() => (StorySort)random.Next(4);
        int Page() => 1 + random.Next(4);
        StoryQuery Range()
        {
            var from = Day();
            return new StoryQuery(From: from, To: from.AddDays(random.Next(3)), Sort: Sort());
        }
        return
        [
            ("latest", () => new StoryQuery(Page: Page())),
            ("one word", () => new StoryQuery(Words: Words[random.Next(Words.Length)], Sort: Sort())),
            ("two words", () => new StoryQuery(Words: $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)][..3]}")),
            ("entity name", () => new StoryQuery(Words: $"name {random.Next(3000)}")),
            ("outlet", () => new StoryQuery(Source: $"outlet-{random.Next(80):d2}", Sort: Sort(), Page: Page())),
            ("day range", Range),
            ("divergences", () => new StoryQuery(Sort: StorySort.Divergences, Page: Page(), PageSize: 200)),
            ("all filters", () => new StoryQuery(Words: Words[random.Next(Words.Length)], Source: $"outlet-{random.Next(80):d2}",
                From: Day(), To: new DateOnly(2026, 12, 31), Sort: Sort())),
        ];
    }

    private static string Title(Random random) =>
        string.Join(' ', Enumerable.Range(0, 5 + random.Next(6)).Select(_ => Words[random.Next(Words.Length)]));

    private static double At(List<double> sorted, double quantile) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
