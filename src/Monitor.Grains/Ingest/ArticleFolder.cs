using System.Text.Json;
using Monitor.Analysis;

namespace Monitor.Grains;

/// <summary>
/// A folder of <c>*.txt</c> articles replayed as a feed: the id is the file name, the source and
/// time come from <c>manifest.json</c> when it names them. Without a shuffle seed the articles come
/// in published order, then by file name.
/// </summary>
public static class ArticleFolder
{
    private const int MaxTitleLength = 200;

    public static IReadOnlyList<ArticleInput> Read(string folder, int? shuffleSeed = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No folder '{folder}'.");
        }
        var manifest = ReadManifest(Path.Combine(folder, "manifest.json"));
        var articles = Directory.EnumerateFiles(folder, "*.txt")
            .Select(path => FromFile(path, manifest.GetValueOrDefault(Path.GetFileName(path))))
            .OrderBy(a => a.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        if (shuffleSeed is { } seed)
        {
            var shuffled = articles.ToArray();
            new Random(seed).Shuffle(shuffled);
            return shuffled;
        }
        return articles;
    }

    private static ArticleInput FromFile(string path, ManifestEntry? entry)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        var text = File.ReadAllText(path);
        var title = entry?.Title ?? FirstLineAsTitle(text);
        return new ArticleInput(id, entry?.Source ?? id, title, text, entry?.Url, entry?.Published);
    }

    /// <summary>The first line when it reads as a headline, or the start of the first sentence.</summary>
    private static string FirstLineAsTitle(string text)
    {
        var first = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        if (first.Length <= MaxTitleLength)
        {
            return first;
        }
        var end = first.IndexOfAny(['.', '!', '?']);
        var sentence = end > 0 && end < MaxTitleLength ? first[..end] : first[..MaxTitleLength].TrimEnd() + "…";
        return sentence;
    }

    private static Dictionary<string, ManifestEntry> ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<Dictionary<string, ManifestEntry>>(stream, MonitorJson.Options) ?? [];
    }

    private sealed record ManifestEntry(string? Source, string? Url, DateTimeOffset? Published, string? Title);
}
