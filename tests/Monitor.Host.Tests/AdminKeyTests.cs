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

    [Fact]
    public async Task A_key_in_the_address_becomes_a_signed_cookie_and_leaves_the_address()
    {
        using var browser = Browser();

        var signIn = await browser.GetAsync($"/orleans?key={KeyedHostFixture.Key}&tab=grains");

        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.OriginalString.Should().Be("/orleans/?tab=grains");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single();
        cookie.Should().StartWith("monitor-admin=").And.Contain("httponly").And.NotContain(KeyedHostFixture.Key);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/orleans/");
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        (await browser.SendAsync(withCookie)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_cookie_that_holds_the_raw_key_or_a_forged_token_is_refused()
    {
        using var browser = Browser();
        foreach (var forged in new[] { KeyedHostFixture.Key, "CfDJ8forged-token" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/orleans/");
            request.Headers.Add("Cookie", "monitor-admin=" + forged);

            (await browser.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }
    }

    private HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };
}
