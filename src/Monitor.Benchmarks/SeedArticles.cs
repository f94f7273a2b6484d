using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>The benchmark corpus: seeds/ found from the working directory upwards, recombined into one story's many articles.</summary>
internal static class SeedArticles
{
    public static IReadOnlyList<ArticleInput> Load()
    {
        var folder = FindSeeds();
        return [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var text = File.ReadAllText(path);
            var title = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
            return new ArticleInput(Path.GetFileNameWithoutExtension(path), "Seed " + Path.GetFileNameWithoutExtension(path)[..3], title, text, null, null);
        })];
    }

    /// <summary><paramref name="count"/> articles of one story: the seed texts under new ids and many sources.</summary>
    public static IReadOnlyList<ArticleClaims> StoryClaims(ArticleAnalyzer analyzer, int count)
    {
        var seeds = Load().Select(analyzer.Analyze).ToList();
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var seed = seeds[i % seeds.Count];
            return new ArticleClaims($"a{i}", $"source {i % 50}", seed.NearDuplicateKey + i, seed.Claims);
        })];
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }
        throw new DirectoryNotFoundException("No seeds/ folder above the working directory: run from the repository.");
    }
}
