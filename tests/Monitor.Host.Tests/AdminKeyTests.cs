using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitor.Host.Tests;

public sealed class AdminKeyTests(KeyedHostFixture host) : IClassFixture<KeyedHostFixture>
{
    [Fact]
    public async Task The_orleans_dashboard_refuses_a_request_without_a_key()
    {
        var response = await host.Http.GetAsync("/orleans/");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().Should().Be(401);
    }

    [Fact]
    public async Task The_orleans_dashboard_refuses_a_wrong_key()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/orleans/");
        request.Headers.Add("X-Api-Key", "not-the-key");

        var response = await host.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_orleans_dashboard_answers_with_the_key()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/orleans/");
        request.Headers.Add("X-Api-Key", KeyedHostFixture.Key);

        var response = await host.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_endpoints_need_no_key()
    {
        (await host.Http.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await host.Http.GetAsync("/readyz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
