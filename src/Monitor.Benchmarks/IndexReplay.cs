using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Monitor.Analysis;

namespace Monitor.Benchmarks;

/// <summary>
/// The story index alone on a stream like <c>monitor bench</c>'s: many stories, each an article of the
/// folders under an invented name, told again and again in random subsets of its sentences, stories
/// an hour apart. The articles are analysed first; then the index decides them all, several rounds,
/// and reports milliseconds of CPU per decision and a digest of every decision, which a speed change
/// must leave as it was.
/// usage: index [ARTICLES] [STORIES] FOLDER...
/// </summary>
internal static class IndexReplay
{
    private const int Rounds = 3;

    public static void Run(int count, int stories, IReadOnlyList<string> folders, TextWriter output)
    {
        var bases = CorpusArticles.Load(folders).Where(a => a.Title.Length > 0 && a.Text.Length > 200).ToList();
        var analyzer = new ArticleAnalyzer();
        var random = new Random(11);
        var signatures = Enumerable.Range(0, count).Select(i => analyzer.Analyze(Told(bases, i % stories, i, random)).Signature).ToList();
        string? digest = null;
        for (var round = 0; round < Rounds; round++)
        {
            var clusterer = new StoryClusterer();
            var decisions = new List<StoryDecision>(count);
            var (cpu, allocated, collections) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0));
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < signatures.Count; i++)
            {
                decisions.Add(clusterer.Assign($"a{i}", signatures[i]));
            }
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var wallMs = clock.Elapsed.TotalMilliseconds;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count;
            var mine = Digest(decisions);
            output.WriteLine($"round {round + 1}: {cpuMs / count:F4} ms CPU a decision ({wallMs / count:F4} wall), {kb:F1} KB allocated, {GC.CollectionCount(0) - collections} gen0 GCs, {clusterer.StoryIds.Count} stories, live {clusterer.LiveStories}, digest {mine}");
            if (digest is not null && digest != mine)
            {
                throw new InvalidOperationException("Two rounds on the same stream decided differently.");
            }
            digest = mine;
        }
    }

    /// <summary>An article of story <paramref name="story"/>: its base under an invented name, two thirds of the sentences at most twelve.</summary>
    private static ArticleInput Told(List<ArticleInput> bases, int story, int number, Random random)
    {
        var based = bases[story % bases.Count];
        var sentences = based.Text.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        var take = Math.Clamp(sentences.Length * 2 / 3, 1, 12);
        var kept = sentences.Select(s => (Key: random.Next(), Sentence: s)).OrderBy(p => p.Key).Take(take).Select(p => p.Sentence);
        var name = "Vel" + string.Concat(story.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))) + "or";
        var text = $"{name} spoke of it on Monday. " + string.Join(". ", kept) + ".";
        return new ArticleInput($"a{number}", $"Outlet {number % 40}", $"{name}: {based.Title}", text, null, DateTimeOffset.UnixEpoch.AddHours(story));
    }

    private static string Digest(List<StoryDecision> decisions)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(decisions);
        return Convert.ToHexString(SHA256.HashData(json))[..16];
    }
}
