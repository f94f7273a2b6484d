using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Host;

namespace Monitor.Ingest.Tests;

/// <summary>
/// Walks the app's own endpoint list, so an endpoint added later cannot skip the key or the rate limit:
/// every write (any method but GET) and every admin endpoint answers 401 without a key and is rate limited.
/// </summary>
public sealed class EndpointGuardTests(KeyedHost host) : IClassFixture<KeyedHost>
{
    /// <summary>Reads that an admin alone may make: webhook subscriptions (their addresses) and the Orleans dashboard.</summary>
    private static readonly string[] AdminPrefixes = ["/api/webhooks", TelemetryExtensions.DashboardPath];

    [Fact]
    public async Task Every_write_and_admin_endpoint_refuses_a_request_without_a_key()
    {
        var guarded = GuardedEndpoints().ToList();
        guarded.Select(e => e.Path).Should().Contain(["/api/articles", "/api/webhooks", "/api/webhooks/{id}", "/api/webhooks/{id}/replay", "/api/replay", "/api/feeds"]);

        foreach (var (method, path, _) in guarded)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(path)) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };

            var response = await host.Http.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"{method} {path} is a write or admin endpoint");
        }
    }

    [Fact]
    public void Every_write_and_api_admin_endpoint_is_rate_limited()
    {
        foreach (var (method, path, endpoint) in GuardedEndpoints().Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName
                .Should().Be(ApiRateLimits.Writes, $"{method} {path} is a write or admin endpoint");
        }
    }

    private IEnumerable<(string Method, string Path, RouteEndpoint Endpoint)> GuardedEndpoints() =>
        from endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        // SignalR's negotiate is a POST that writes nothing; the hub is a read of live changes.
        where endpoint.Metadata.GetMetadata<NegotiateMetadata>() is null
        let path = "/" + endpoint.RoutePattern.RawText!.Trim('/')
        from method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]
        where method != "GET" || AdminPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal))
        select (method, path, endpoint);

    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\**([a-z]+)[^}]*\}", m => m.Groups[1].Value + "-" + Guid.NewGuid().ToString("n")[..8]);
}
