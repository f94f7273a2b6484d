using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Monitor.Host;

/// <summary>
/// Who may write. With keys configured, a write or admin request carries one of them in <c>X-Api-Key</c>.
/// With none (the embedded default), only loopback callers may write: the host binds 127.0.0.1.
/// </summary>
public sealed class ApiKeys(IOptionsMonitor<ApiOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!options.CurrentValue.ConfiguredKeys.Any())
        {
            return IsLoopback(http)
                ? await next(context)
                : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes are allowed from loopback only.",
                    detail: "No API keys are configured; configure Api:Keys to write from elsewhere.");
        }
        return Match(http.Request.Headers[Header], options.CurrentValue) is not null
            ? await next(context)
            : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "An API key is required.",
                detail: $"Send one of the configured keys in the {Header} header.");
    }

    /// <summary>The rate-limit partition: the key when it is a configured one, else the caller's address, so unknown keys cannot mint partitions.</summary>
    public static string PartitionOf(HttpContext http, ApiOptions options) =>
        Match(http.Request.Headers[Header], options) is { } key ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]
        : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>The configured key that was sent, or null.</summary>
    public static string? Match(string? sent, ApiOptions options)
    {
        if (sent is null || sent.Length is 0 or > 512)
        {
            return null;
        }
        var sentHash = SHA256.HashData(Encoding.UTF8.GetBytes(sent));
        // Compare hashes in constant time, so the answer's timing says nothing about a key's prefix.
        return options.ConfiguredKeys.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(sentHash, SHA256.HashData(Encoding.UTF8.GetBytes(k))));
    }

    private static bool IsLoopback(HttpContext http) => http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
}
