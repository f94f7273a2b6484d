using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Monitor.Analysis;
using Monitor.Grains;

namespace Monitor.Cli;

/// <summary>
/// Posts articles to a running host as NDJSON batches and reads what became of each line. A batch stays well
/// under the API's batch limits (lines and bytes), so one long article never costs the batch around it.
/// </summary>
internal sealed class ArticlePoster : IDisposable
{
    public const int BatchSize = 100;

    /// <summary>Characters a batch may hold: even escaped as \uXXXX, six bytes each, under the API's 16 MB.</summary>
    private const int MaxBatchChars = 2_500_000;

    private readonly HttpClient _http;

    public ArticlePoster(Uri host, string? key)
    {
        _http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(5) };
        if (!string.IsNullOrEmpty(key))
        {
            _http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
    }

    public static IEnumerable<IReadOnlyList<ArticleInput>> Batches(IReadOnlyList<ArticleInput> articles, int size)
    {
        var batch = new List<ArticleInput>();
        var chars = 0;
        foreach (var article in articles)
        {
            var length = article.Text.Length + article.Title.Length + article.Source.Length + 200;
            if (batch.Count > 0 && (batch.Count >= size || chars + length > MaxBatchChars))
            {
                yield return batch;
                (batch, chars) = ([], 0);
            }
            batch.Add(article);
            chars += length;
        }
        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>What became of each article; a host that cannot be reached or refuses the key throws <see cref="HostUnusableException"/>.</summary>
    public async Task<IReadOnlyList<IngestResult>> PostAsync(IReadOnlyList<ArticleInput> batch, CancellationToken cancellationToken)
    {
        var body = string.Join('\n', batch.Select(a => JsonSerializer.Serialize(new
        {
            a.Id, a.Source, a.Title, a.Text, a.Url, Published = a.Published?.ToString("O", CultureInfo.InvariantCulture),
        }, MonitorJson.Options)));
        while (true)
        {
            using var response = await SendAsync(body, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                throw new HostUnusableException($"{_http.BaseAddress} answered {(int)response.StatusCode}: {await ProblemAsync(response, cancellationToken)}");
            }
            if (!response.IsSuccessStatusCode)
            {
                var reason = $"the host answered {(int)response.StatusCode}: {await ProblemAsync(response, cancellationToken)}";
                return [.. batch.Select(a => IngestResult.Refuse(a.Id, reason))];
            }
            var answer = await response.Content.ReadFromJsonAsync<BatchAnswer>(MonitorJson.Options, cancellationToken);
            return [.. (answer?.Articles ?? []).Select(l => new IngestResult(l.ArticleId ?? $"line {l.Line}", l.Outcome, l.StoryId, l.DuplicateOf, l.Reason))];
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(string body, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
            return await _http.PostAsync("/api/articles", content, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new HostUnusableException($"cannot reach {_http.BaseAddress}: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HostUnusableException($"{_http.BaseAddress} did not answer within {_http.Timeout.TotalMinutes} minutes.");
        }
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(text);
            var parts = new[] { "title", "detail" }.Select(p => problem.RootElement.TryGetProperty(p, out var v) ? v.GetString() : null).OfType<string>();
            return string.Join(" ", parts);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return text.Length > 200 ? text[..200] : text;
        }
    }

    private sealed record BatchAnswer(BatchLineAnswer[] Articles);

    private sealed record BatchLineAnswer(int Line, string? ArticleId, IngestOutcome Outcome, string? StoryId, string? DuplicateOf, string? Reason);
}

/// <summary>The host cannot take the replay at all: unreachable, or it refuses the key.</summary>
internal sealed class HostUnusableException(string message) : Exception(message);
