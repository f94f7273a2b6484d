using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Monitor.Analysis;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary>
/// <c>POST /api/articles</c>: one JSON article, or an NDJSON batch (<c>application/x-ndjson</c>, one article a
/// line). A batch ingests its good lines and answers line by line what became of each: accepted, duplicate, or
/// refused with the reason; a bad line costs only itself.
/// </summary>
public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder writes)
    {
        writes.MapPost("/articles", PostArticles).WithName("PostArticle");
        return writes;
    }

    private static async Task<Results<Accepted<IngestResult>, Accepted<BatchAccepted>, ValidationProblem, ProblemHttpResult>> PostArticles(
        HttpRequest request, ArticleIngestor ingestor, IOptionsMonitor<ApiOptions> options, CancellationToken cancellationToken)
    {
        var api = options.CurrentValue;
        var batch = IsNdjson(request.ContentType);
        var (body, problem) = await RequestBody.ReadUtf8Async(request, batch ? api.MaxBatchBytes : api.MaxArticleBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        return batch ? await PostBatchAsync(body, api, ingestor) : await PostOneAsync(body, ingestor);
    }

    private static async Task<Results<Accepted<IngestResult>, Accepted<BatchAccepted>, ValidationProblem, ProblemHttpResult>> PostOneAsync(
        ReadOnlyMemory<byte> body, ArticleIngestor ingestor)
    {
        if (RequestBody.ParseJson<ArticleRequest>(body.Span, out var error) is not { } request)
        {
            return RequestBody.BadJson(error!);
        }
        var check = request.Check();
        if (check.Article is not { } article)
        {
            return TypedResults.ValidationProblem(check.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }), title: "The article is not valid.");
        }
        var result = await ingestor.IngestAsync(article);
        return result.Outcome == IngestOutcome.Refused
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The article is refused.", detail: result.Reason)
            : TypedResults.Accepted((string?)null, result);
    }

    private static async Task<Results<Accepted<IngestResult>, Accepted<BatchAccepted>, ValidationProblem, ProblemHttpResult>> PostBatchAsync(
        ReadOnlyMemory<byte> body, ApiOptions api, ArticleIngestor ingestor)
    {
        var lines = NdjsonLines(body.Span);
        if (lines.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The batch is empty.", detail: "Send one JSON article a line.");
        }
        if (lines.Count > api.MaxBatchLines)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The batch is too large.", detail: $"A batch has at most {api.MaxBatchLines} articles.");
        }
        var answers = new BatchLine[lines.Count];
        var good = new List<(int Index, ArticleInput Article)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var (range, line) = lines[i];
            if (RequestBody.ParseJson<ArticleRequest>(body.Span[range], out var error) is not { } request)
            {
                answers[i] = BatchLine.Refused(line, null, "The line is not a JSON article: " + error);
            }
            else if (request.Check() is { Article: { } article })
            {
                good.Add((i, article));
            }
            else
            {
                answers[i] = BatchLine.Refused(line, request.Id, string.Join(" ", request.Check().Problems.Select(p => $"{p.Key}: {p.Value}")));
            }
        }
        var results = await BatchIngest.RunAsync(ingestor, [.. good.Select(g => g.Article)]);
        for (var j = 0; j < good.Count; j++)
        {
            answers[good[j].Index] = BatchLine.Of(lines[good[j].Index].Line, results[j]);
        }
        return TypedResults.Accepted((string?)null, BatchAccepted.Of(answers));
    }

    /// <summary>
    /// The body's lines that are not blank, as ranges of the body with their 1-based line numbers: a line
    /// ends at '\n' (a '\r' before it is dropped), and only there, since JSON text may hold U+2028.
    /// The lines are parsed where they lie, as UTF-8, with no string of their own.
    /// </summary>
    private static List<(Range Range, int Line)> NdjsonLines(ReadOnlySpan<byte> body)
    {
        var lines = new List<(Range, int)>();
        var start = 0;
        for (var line = 1; start <= body.Length; line++)
        {
            var end = body[start..].IndexOf((byte)'\n');
            var next = end < 0 ? body.Length + 1 : start + end + 1;
            end = end < 0 ? body.Length : start + end;
            var text = body[start..end].TrimEnd((byte)'\r');
            if (!IsBlank(text))
            {
                lines.Add((new Range(start, start + text.Length), line));
            }
            start = next;
        }
        return lines;
    }

    /// <summary>Whether a line holds only white space, Unicode's included (a line of no-break spaces is blank, as it always was).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        while (!line.IsEmpty)
        {
            Rune.DecodeFromUtf8(line, out var rune, out var used);
            if (!Rune.IsWhiteSpace(rune))
            {
                return false;
            }
            line = line[used..];
        }
        return true;
    }

    private static bool IsNdjson(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase));
}
