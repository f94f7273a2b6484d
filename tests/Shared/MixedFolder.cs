using System.Text;

namespace Monitor.Tests;

/// <summary>
/// A folder any way in must read the same: two articles (one with an empty manifest title), a Latin-1 file and
/// a text over the length limit, both refused. Its texts are unique, so a shared host sees them as new.
/// </summary>
internal sealed class MixedFolder : IDisposable
{
    public static readonly string[] Accepted = ["good", "untitled"];
    public static readonly string[] Refused = ["latin1.txt", "toolong.txt"];

    public MixedFolder()
    {
        Path = Directory.CreateTempSubdirectory("monitor-mixed-").FullName;
        var unique = Guid.NewGuid().ToString("n");
        File.WriteAllText(Write("good.txt"), $"Ferry service resumes\nThe ferry sailed again on Monday {unique}.");
        File.WriteAllText(Write("untitled.txt"), $"Harbour reopens\nThe harbour reopened on Tuesday {unique}.");
        File.WriteAllBytes(Write("latin1.txt"), Encoding.Latin1.GetBytes($"Caf\u00e9 reopens\nThe caf\u00e9 reopened {unique}."));
        File.WriteAllText(Write("toolong.txt"), "Long\n" + string.Concat(Enumerable.Repeat("word ", 40_001)));
        File.WriteAllText(Write("manifest.json"), """{"untitled.txt": {"source": "harbour-news", "title": ""}, "good.txt": {"source": "ferry-news"}}""");
    }

    public string Path { get; }

    /// <summary>A folder whose manifest.json is not JSON.</summary>
    public static string Broken()
    {
        var path = Directory.CreateTempSubdirectory("monitor-broken-").FullName;
        File.WriteAllText(System.IO.Path.Combine(path, "one.txt"), "Title\nText.");
        File.WriteAllText(System.IO.Path.Combine(path, "manifest.json"), "{\"one.txt\": {\"source\": \"x\",}");
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private string Write(string name) => System.IO.Path.Combine(Path, name);
}
