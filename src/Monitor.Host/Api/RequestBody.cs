using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Unicode;
using System.Text.Json;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary>
/// Request bodies read by hand rather than bound by the framework: the size is capped, the bytes must
/// be UTF-8 (a replacement character would silently change an article), and bad JSON is a 400 ProblemDetails.
/// </summary>
public static class RequestBody
{
    /// <summary>
    /// The body's bytes, checked to be UTF-8 (a leading byte order mark dropped), or why not. The bytes
    /// are parsed as they are: a batch of articles is never copied into one UTF-16 string first.
    /// </summary>
    public static async Task<(ReadOnlyMemory<byte> Utf8, ProblemHttpResult? Problem)> ReadUtf8Async(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (default, TooLarge(maxBytes));
        }
        // Sized from Content-Length when it is given, so the body lands in one array.
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 0);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (default, TooLarge(maxBytes));
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return (default, TypedResults.Problem(statusCode: ex.StatusCode, title: "The request body could not be read.", detail: ex.Message));
        }
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        if (!Utf8.IsValid(bytes.Span))
        {
            return (default, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid UTF-8.",
                detail: "Send the body as UTF-8 text."));
        }
        return (bytes, null);
    }

    /// <summary>The JSON value, or why it is not one: the parser's own message, which names the line and the path.</summary>
    public static T? ParseJson<T>(ReadOnlySpan<byte> json, out string? error) where T : class
    {
        try
        {
            error = null;
            var value = JsonSerializer.Deserialize<T>(json, MonitorJson.Options);
            if (value is null)
            {
                error = "The JSON value is null, not an object.";
            }
            return value;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            error = ex.Message;
            return null;
        }
    }

    public static ProblemHttpResult BadJson(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON.", detail: detail);

    public static ProblemHttpResult TooLarge(int maxBytes) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large.",
            detail: $"This endpoint takes at most {maxBytes} bytes.");
}
