using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>
/// Everything Analyze returns for a corpus, as JSON: two builds of the engine must write the same bytes,
/// which is how a speed change proves it changed no output.
/// </summary>
internal static class AnalysisDump
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Write(IEnumerable<string> folders, TextWriter output)
    {
        var analyzer = new ArticleAnalyzer();
        foreach (var article in CorpusArticles.Load(folders))
        {
            output.WriteLine(JsonSerializer.Serialize(analyzer.Analyze(article), Options));
        }
    }
}
