using System.Net.Http.Json;
using Monitor.Analysis;

namespace Monitor.Cluster.Tests;

/// <summary>
/// Posts articles round-robin over hosts, several at a time. A host that is gone or fails the request
/// is skipped and the article goes to the next: ingest is idempotent by article id, so a resend is safe.
/// </summary>
internal sealed class Replay(HttpClient http, IReadOnlyList<MonitorHost> hosts)
{
    private const int Workers = 6;

    /// <summary>Called once when the given number of articles has been accepted.</summary>
    public (int After, Action Act)? Midway { get; init; }

    public async Task RunAsync(IReadOnlyList<ArticleInput> articles)
    {
        var next = -1;
        var accepted = 0;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < articles.Count)
            {
                await PostAsync(articles[index], index);
                if (Interlocked.Increment(ref accepted) == Midway?.After)
                {
                    Midway.Value.Act();
                }
            }
        }));
    }

    private async Task PostAsync(ArticleInput article, int index)
    {
        var body = new { id = article.Id, source = article.Source, title = article.Title, text = article.Text };
        var failures = new List<string>();
        for (var attempt = 0; attempt < hosts.Count * 4; attempt++)
        {
            var host = hosts[(index + attempt) % hosts.Count];
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri(host.Address, "/api/articles"), body);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
                failures.Add($"{host.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                failures.Add($"{host.Name}: {ex.Message}");
            }
        }
        throw new InvalidOperationException($"No host took {article.Id}: {string.Join("; ", failures)}");
    }
}
