namespace Monitor.Host;

/// <summary>
/// Headers that keep third-party text inert in the dashboard: the page loads scripts, styles and
/// connections from this host only, runs no inline script or handler, and is never framed.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Article links lead to other sites: they learn nothing of the monitor's addresses.
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
}
