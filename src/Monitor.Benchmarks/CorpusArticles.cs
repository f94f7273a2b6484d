using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>The <c>*.txt</c> files of folders as articles, each twice: with its first line as title, and untitled (the headline fallback).</summary>
internal static class CorpusArticles
{
    private static readonly DateTimeOffset Published = new(2025, 7, 19, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<ArticleInput> Load(IEnumerable<string> folders) =>
        [.. folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            .SelectMany(path =>
            {
                var id = Path.GetFileNameWithoutExtension(path);
                var text = File.ReadAllText(path);
                var title = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
                return new[] { new ArticleInput(id, id, title, text, null, Published), new ArticleInput(id + "/untitled", id, "", text) };
            })];
}
