using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Monitor.Host;

/// <summary>
/// Ids in routes, with any characters: a source is an outlet's name, as "ABC/WPLG Local 10". The server decodes a
/// path but leaves "%2F" encoded (a slash would change the route), so the id is read from the request's raw target
/// and unescaped once: what the client escaped with encodeURIComponent comes back as it was.
/// </summary>
public static class RouteIds
{
    /// <summary>The last path segment of the request as sent, unescaped.</summary>
    public static string Last(HttpContext http) => FromEnd(http, 0);

    /// <summary>The path segment <paramref name="skip"/> places before the last ("/api/sources/{id}/articles": 1), unescaped.</summary>
    public static string FromEnd(HttpContext http, int skip)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var path = string.IsNullOrEmpty(raw) || !raw.StartsWith('/') ? http.Request.Path.Value ?? "" : raw.Split('?', 2)[0];
        var segments = path.Split('/');
        return Uri.UnescapeDataString(segments[Math.Max(0, segments.Length - 1 - skip)]);
    }

    public static ProblemHttpResult NotFound(string kind, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {kind}.", detail: $"No {kind} has the id '{id}'.");
}
