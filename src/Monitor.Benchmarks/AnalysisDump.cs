using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>
/// Everything Analyze returns for a corpus, and where the clusterer puts each article, as JSON: two builds of the engine must write the same bytes,
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
        var clusterer = new StoryClusterer();
        foreach (var article in CorpusArticles.Load(folders))
        {
            var analyzed = analyzer.Analyze(article);
            output.WriteLine(JsonSerializer.Serialize(analyzed, Options));
            output.WriteLine(JsonSerializer.Serialize(clusterer.Assign(analyzed.Id, analyzed.Signature), Options));
        }
    }
}
