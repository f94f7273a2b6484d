using System.Text.Json;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>
/// Clusters a folder of articles with given thresholds and prints the B-cubed F1 against a gold file,
/// with and without publication times, in order and shuffled: how the thresholds are fitted without the grains.
/// usage: stories GOLD FOLDER [Name=value ...] (any <see cref="StoryClustering"/> property).
/// </summary>
internal static class StoryScores
{
    public static void Run(string gold, string folder, IEnumerable<string> settings, TextWriter output)
    {
        // Each setting may list values (Name=a|b|c): every combination is scored.
        IEnumerable<(StoryClustering Clustering, string Label)> grid = [(new StoryClustering(), "")];
        foreach (var setting in settings)
        {
            var name = setting.Split('=')[0];
            var property = typeof(StoryClustering).GetProperty(name) ?? throw new ArgumentException($"No setting '{name}'.");
            grid = grid.SelectMany(g => setting.Split('=')[1].Split('|').Select(value =>
            {
                var copy = g.Clustering with { };
                property.SetValue(copy, property.PropertyType == typeof(TimeSpan) ? TimeSpan.FromHours(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : Convert.ChangeType(value, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
                return (copy, $"{g.Label} {name}={value}");
            })).ToList();
        }
        var stories = JsonDocument.Parse(File.ReadAllText(gold)).RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).ToList()).ToList();
        var goldOf = stories.SelectMany((s, i) => s.Select(a => (a, i))).ToDictionary(p => p.a, p => p.i);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement;
        var analyzer = new ArticleAnalyzer();
        var articles = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var entry = manifest.GetProperty(Path.GetFileName(path));
            var published = entry.TryGetProperty("published", out var p) ? DateTimeOffset.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
            var input = new ArticleInput(Path.GetFileNameWithoutExtension(path), entry.GetProperty("source").GetString()!, entry.GetProperty("title").GetString()!, File.ReadAllText(path), entry.TryGetProperty("url", out var u) ? u.GetString() : null, published);
            return analyzer.Analyze(input);
        }).ToList();
        foreach (var (clustering, label) in grid)
        foreach (var dated in new[] { true, false })
        {
            var line = new List<string>();
            foreach (var shuffle in new int?[] { null, 1, 2 })
            {
                var order = articles.Select(a => dated ? a : a with { Signature = a.Signature with { Published = null } })
                    .OrderBy(a => a.Signature.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray();
                if (shuffle is { } seed)
                {
                    new Random(seed).Shuffle(order);
                }
                var clusterer = new StoryClusterer(clustering);
                var storyOf = new Dictionary<string, string>();
                foreach (var article in order)
                {
                    var decision = clusterer.Assign(article.Id, article.Signature);
                    foreach (var regroup in decision.Regroups)
                    {
                        foreach (var moved in regroup.Articles)
                        {
                            storyOf[moved] = regroup.To;
                        }
                    }
                    storyOf[article.Id] = decision.StoryId;
                }
                line.Add($"{BCubed(goldOf, storyOf):F3}");
            }
            output.WriteLine($"{(dated ? "dated  " : "nodates")} {string.Join(' ', line)} {label}");
        }
    }

    private static double BCubed(Dictionary<string, int> gold, Dictionary<string, string> found)
    {
        var items = gold.Keys.ToList();
        var goldSize = items.GroupBy(a => gold[a]).ToDictionary(g => g.Key, g => g.Count());
        var foundSize = items.GroupBy(a => found[a]).ToDictionary(g => g.Key, g => g.Count());
        var both = items.GroupBy(a => (gold[a], found[a])).ToDictionary(g => g.Key, g => g.Count());
        double p = 0, r = 0;
        foreach (var a in items)
        {
            var shared = both[(gold[a], found[a])];
            p += (double)shared / foundSize[found[a]];
            r += (double)shared / goldSize[gold[a]];
        }
        (p, r) = (p / items.Count, r / items.Count);
        if (Environment.GetEnvironmentVariable("STORY_PR") is not null)
        {
            Console.Error.WriteLine($"p={p:F3} r={r:F3}");
        }
        return 2 * p * r / (p + r);
    }
}
