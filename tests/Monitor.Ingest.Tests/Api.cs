using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Monitor.Ingest.Tests;

/// <summary>Requests and answers of the tests, close to the wire.</summary>
public static class Api
{
    public static HttpRequestMessage Post(string path, string body, string contentType = "application/json", string? key = MonitorHost.Key) =>
        Post(path, Encoding.UTF8.GetBytes(body), contentType, key);

    public static HttpRequestMessage Post(string path, byte[] body, string contentType = "application/json", string? key = MonitorHost.Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return request;
    }

    public static string Article(string? id, string source, string title, string? text, string? url = null, string? published = null) =>
        JsonSerializer.Serialize(new { id, source, title, text, url, published });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        return await response.JsonAsync();
    }

    public static IEnumerable<string> ErrorKeys(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name) : [];

    /// <summary>A batch answer's lines: number, article id, outcome and reason.</summary>
    public static IReadOnlyList<(int Line, string? Id, string Outcome, string? Reason)> Lines(this JsonElement batch) =>
        [.. batch.GetProperty("articles").EnumerateArray().Select(l => (
            l.GetProperty("line").GetInt32(),
            l.GetProperty("articleId").GetString(),
            l.GetProperty("outcome").GetString()!,
            l.TryGetProperty("reason", out var reason) ? reason.GetString() : null))];
}
