using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Monitor.Host;

/// <summary>
/// Guards an admin area (the Orleans dashboard) with the same rule as the write API: one of <c>Api:Keys</c> in
/// <c>X-Api-Key</c>, or loopback callers when no key is configured. A browser cannot send a header, so a valid
/// <c>?key=</c> once sets an HttpOnly cookie scoped to the area and redirects to the same address without the key.
/// The cookie holds a token signed and encrypted by ASP.NET Core Data Protection, never the key: it names the key
/// by a fingerprint, expires, and stops working when its key is no longer configured.
/// </summary>
internal sealed class AdminKeyGate(RequestDelegate next, IOptionsMonitor<ApiOptions> options, IDataProtectionProvider protection, PathString area)
{
    public const string Cookie = "monitor-admin";
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    private readonly ITimeLimitedDataProtector _tokens = protection.CreateProtector("Monitor.AdminKeyGate").ToTimeLimitedDataProtector();

    public async Task InvokeAsync(HttpContext http)
    {
        var api = options.CurrentValue;
        if (!api.ConfiguredKeys.Any())
        {
            if (http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip))
            {
                await next(http);
                return;
            }
            await RefuseAsync(http, StatusCodes.Status403Forbidden, "The admin area is open to loopback only.", "No API keys are configured; configure Api:Keys to reach it from elsewhere.");
            return;
        }
        if (ApiKeys.Match(http.Request.Headers[ApiKeys.Header], api) is not null || IsValidToken(http.Request.Cookies[Cookie], api))
        {
            await next(http);
            return;
        }
        if (ApiKeys.Match(http.Request.Query["key"], api) is { } key)
        {
            http.Response.Cookies.Append(Cookie, _tokens.Protect(Fingerprint(key), TokenLifetime),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = area, Secure = http.Request.IsHttps, MaxAge = TokenLifetime });
            http.Response.Redirect(WithoutKey(http.Request, area));
            return;
        }
        await RefuseAsync(http, StatusCodes.Status401Unauthorized, "An API key is required.", $"Send one of the configured keys in the {ApiKeys.Header} header, or once as ?key=.");
    }

    private bool IsValidToken(string? token, ApiOptions api)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }
        try
        {
            var fingerprint = _tokens.Unprotect(token);
            return api.ConfiguredKeys.Any(k => Fingerprint(k) == fingerprint);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string Fingerprint(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The same path and query, less the key: the key leaves the address bar, the history and the logs after it.</summary>
    private static string WithoutKey(HttpRequest request, PathString area)
    {
        var query = request.Query.Where(p => p.Key != "key").SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        // The dashboard's own page is the area with a slash; it would redirect there itself, key and all.
        var path = request.Path == area ? area.Add("/") : request.Path;
        return QueryHelpers.AddQueryString((request.PathBase + path).ToUriComponent(), query);
    }

    private static Task RefuseAsync(HttpContext http, int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(http);
}
