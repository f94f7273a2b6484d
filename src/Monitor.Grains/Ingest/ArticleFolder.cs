using System.Text;
using System.Text.Json;
using Monitor.Analysis;

namespace Monitor.Grains;

/// <summary>
/// A folder of <c>*.txt</c> articles replayed as a feed: the id is the file name, the source, url, title and time
/// come from <c>manifest.json</c> when it names them, and every file goes through <see cref="ArticleRules"/> as an
/// article sent to the API does. A file is UTF-8 text, as an API body is; one that is not is refused, never read
/// as mojibake. Without a shuffle seed the articles come in published order, then by file name.
/// </summary>
public static class ArticleFolder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The folder's articles; the files it refuses are left out (<see cref="Load"/> says which and why).</summary>
    public static IReadOnlyList<ArticleInput> Read(string folder, int? shuffleSeed = null) => Load(folder, shuffleSeed).Articles;

    /// <summary>The folder's articles and the files it refuses; a missing folder or a broken manifest throws <see cref="ArticleFolderException"/>.</summary>
    public static FolderArticles Load(string folder, int? shuffleSeed = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new ArticleFolderException($"No folder '{folder}'.");
        }
        var manifest = ReadManifest(Path.Combine(folder, "manifest.json"));
        var articles = new List<ArticleInput>();
        var refused = new List<FolderRefusal>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var entry = manifest.GetValueOrDefault(name);
            if (ReadText(path) is not { } text)
            {
                refused.Add(new FolderRefusal(name, "The file is not UTF-8 text; save it as UTF-8."));
                continue;
            }
            var id = Path.GetFileNameWithoutExtension(path);
            var check = ArticleRules.Check(id, string.IsNullOrWhiteSpace(entry?.Source) ? id : entry.Source, entry?.Title, text, entry?.Url, entry?.Published);
            if (check.Article is { } article)
            {
                articles.Add(article);
            }
            else
            {
                refused.Add(new FolderRefusal(name, check.Reason));
            }
        }
        var ordered = articles.OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray();
        if (shuffleSeed is { } seed)
        {
            new Random(seed).Shuffle(ordered);
        }
        return new FolderArticles(ordered, refused);
    }

    private static string? ReadText(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Dictionary<string, ManifestEntry> ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<Dictionary<string, ManifestEntry>>(stream, MonitorJson.Options) ?? [];
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new ArticleFolderException($"{path} is not a valid manifest: {ex.Message}");
        }
    }

    private sealed record ManifestEntry(string? Source, string? Url, DateTimeOffset? Published, string? Title);
}

/// <summary>A folder's articles, in replay order, and the files it refused with why.</summary>
public sealed record FolderArticles(IReadOnlyList<ArticleInput> Articles, IReadOnlyList<FolderRefusal> Refused);

/// <summary>A file of a folder that is not an article, and why (the same words the API would use).</summary>
public sealed record FolderRefusal(string File, string Reason);

/// <summary>A folder that cannot be replayed at all: it is missing, or its manifest is broken. The message is one line.</summary>
public sealed class ArticleFolderException(string message) : Exception(message);
