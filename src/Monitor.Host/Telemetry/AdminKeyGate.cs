using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Monitor.Host;

/// <summary>
/// Guards an admin area (the Orleans dashboard) with the same rule as the write API: one of <c>Api:Keys</c> in
/// <c>X-Api-Key</c>, or loopback callers when no key is configured. A browser cannot send a header, so a valid
/// <c>?key=</c> once sets an HttpOnly cookie scoped to the area.
/// </summary>
internal sealed class AdminKeyGate(RequestDelegate next, IOptionsMonitor<ApiOptions> options, PathString area)
{
    private const string Cookie = "monitor-admin";

    public async Task InvokeAsync(HttpContext http)
    {
        var keys = options.CurrentValue.ConfiguredKeys.ToList();
        if (keys.Count == 0)
        {
            if (http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip))
            {
                await next(http);
                return;
            }
            await RefuseAsync(http, StatusCodes.Status403Forbidden, "The admin area is open to loopback only.", "No API keys are configured; configure Api:Keys to reach it from elsewhere.");
            return;
        }
        if (IsKey(http.Request.Headers[ApiKeys.Header], keys) || IsKey(http.Request.Cookies[Cookie], keys))
        {
            await next(http);
            return;
        }
        if (IsKey(http.Request.Query["key"], keys))
        {
            http.Response.Cookies.Append(Cookie, http.Request.Query["key"]!, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = area });
            await next(http);
            return;
        }
        await RefuseAsync(http, StatusCodes.Status401Unauthorized, "An API key is required.", $"Send one of the configured keys in the {ApiKeys.Header} header, or once as ?key=.");
    }

    private static bool IsKey(string? sent, List<string> keys)
    {
        if (sent is null || sent.Length is 0 or > 512)
        {
            return false;
        }
        // Compare hashes in constant time, as the write API does.
        var sentHash = SHA256.HashData(Encoding.UTF8.GetBytes(sent));
        return keys.Any(k => CryptographicOperations.FixedTimeEquals(sentHash, SHA256.HashData(Encoding.UTF8.GetBytes(k))));
    }

    private static Task RefuseAsync(HttpContext http, int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(http);
}
