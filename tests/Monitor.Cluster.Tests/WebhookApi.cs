using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitor.Contracts;
using Monitor.Grains;

namespace Monitor.Cluster.Tests;

/// <summary>What the restart tests do through a host's HTTP API, as a user would.</summary>
internal static class WebhookApi
{
    /// <summary>Loopback allowed, and a retry a second for two minutes: a receiver may stay down for a host's restart.</summary>
    public static readonly string[] Settings =
    [
        "--Webhooks:AllowedHosts:0=127.0.0.1",
        "--Webhooks:PollInterval=00:00:00.05",
        .. Enumerable.Range(0, 120).Select(i => $"--Webhooks:RetrySchedule:{i}=00:00:01"),
    ];

    /// <summary>Registers a webhook and answers its id.</summary>
    public static async Task<string> SubscribeAsync(HttpClient http, MonitorHost host, object request)
    {
        var response = await PostAsync(http, host, "/api/webhooks", request);
        return JsonDocument.Parse(response).RootElement.GetProperty("subscription").GetProperty("id").GetString()!;
    }

    public static async Task<string> PostAsync(HttpClient http, MonitorHost host, string path, object body)
    {
        var response = await http.PostAsJsonAsync(new Uri(host.Address, path), body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"POST {path} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    public static async Task<string> GetAsync(HttpClient http, MonitorHost host, string path)
    {
        var response = await http.GetAsync(new Uri(host.Address, path));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {path} answered: {text}");
        return text;
    }

    /// <summary>Posts the seed articles one by one; ingest is done when each answers.</summary>
    public static async Task PostSeedsAsync(HttpClient http, MonitorHost host)
    {
        foreach (var article in ArticleFolder.Read(Repository.Seeds))
        {
            await PostAsync(http, host, "/api/articles", new { id = article.Id, source = article.Source, title = article.Title, text = article.Text });
        }
    }

    /// <summary>The sequences of the changes in topic all of one of the kinds, of a divergence of the kind if one is given.</summary>
    public static async Task<HashSet<long>> SequencesAsync(HttpClient http, MonitorHost host, string[] kinds, string? divergenceKind = null)
    {
        var changes = JsonDocument.Parse(await GetAsync(http, host, "/api/changes?topic=all&limit=10000")).RootElement.EnumerateArray();
        return [.. changes
            .Where(c => kinds.Contains(c.GetProperty("kind").GetString()))
            .Where(c => divergenceKind is null || (c.GetProperty("payload").TryGetProperty("divergence", out var d) && d.ValueKind == JsonValueKind.Object && d.GetProperty("kind").GetString() == divergenceKind))
            .Select(c => c.GetProperty("sequence").GetInt64())];
    }

    public static Task<HashSet<long>> DetectedAsync(HttpClient http, MonitorHost host) =>
        SequencesAsync(http, host, [ChangeKinds.DivergenceDetected]);
}
