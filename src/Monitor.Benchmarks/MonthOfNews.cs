using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>
/// A month of simulated dated news streamed through the story index: each day opens new events, each
/// told by several outlets over a day or two, in words of their own and of a shared vocabulary. After
/// each simulated week it reports the managed heap and what the index holds live: flat once the live
/// window (days of news) is full, as retired stories leave memory.
/// usage: month [ARTICLES_PER_DAY]
/// </summary>
internal static class MonthOfNews
{
    private const int ArticlesPerEvent = 5;
    private const int WordsPerArticle = 40;

    public static void Run(int perDay, TextWriter output)
    {
        var random = new Random(7);
        var shared = Enumerable.Range(0, 5_000).Select(i => $"word{i}").ToArray();
        var clusterer = new StoryClusterer();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var events = perDay / ArticlesPerEvent;
        var arrived = 0;
        for (var day = 0; day < 35; day++)
        {
            for (var e = 0; e < events; e++)
            {
                var id = day * events + e;
                var opened = start + TimeSpan.FromDays(day) + TimeSpan.FromMinutes(random.Next(24 * 60));
                for (var n = 0; n < ArticlesPerEvent; n++)
                {
                    var terms = Enumerable.Range(0, 8).Select(k => $"event{id}x{k}")
                        .Concat(Enumerable.Range(0, WordsPerArticle).Select(_ => shared[random.Next(shared.Length)]))
                        .Distinct()
                        .Select(t => new WeightedTerm(t, 1 + random.NextDouble()))
                        .ToList();
                    var signature = new StorySignature(terms, [$"person:event{id}"], opened + TimeSpan.FromHours(random.Next(36)));
                    clusterer.Assign($"a{arrived++}", signature);
                }
            }
            if ((day + 1) % 7 == 0)
            {
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                output.WriteLine($"week {(day + 1) / 7}: {arrived} articles, {clusterer.StoryIds.Count} stories, live {clusterer.LiveStories} stories / {clusterer.LiveArticles} articles, heap {heap / 1_048_576.0:F1} MB");
            }
        }
    }
}
