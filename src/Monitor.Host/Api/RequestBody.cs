using Microsoft.AspNetCore.Http.HttpResults;
using System.Text;
using System.Text.Json;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary>
/// Request bodies read by hand rather than bound by the framework: the size is capped, the bytes must
/// be UTF-8 (a replacement character would silently change an article), and bad JSON is a 400 ProblemDetails.
/// </summary>
public static class RequestBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(string? Text, ProblemHttpResult? Problem)> ReadTextAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, TooLarge(maxBytes));
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return (null, TypedResults.Problem(statusCode: ex.StatusCode, title: "The request body could not be read.", detail: ex.Message));
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid UTF-8.",
                detail: "Send the body as UTF-8 text."));
        }
    }

    /// <summary>The JSON value, or why it is not one: the parser's own message, which names the line and the path.</summary>
    public static T? ParseJson<T>(string json, out string? error) where T : class => ParseJson<T>(json.AsSpan(), out error);

    /// <inheritdoc cref="ParseJson{T}(string, out string?)"/>
    public static T? ParseJson<T>(ReadOnlySpan<char> json, out string? error) where T : class
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
