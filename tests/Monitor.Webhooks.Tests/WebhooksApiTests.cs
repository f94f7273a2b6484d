using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitor.Grains;

namespace Monitor.Webhooks.Tests;

[Collection(HostCollection.Name)]
public sealed class WebhooksApiTests : IAsyncLifetime
{
    private MonitorHost _host = null!;

    public async Task InitializeAsync() => _host = await MonitorHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_new_subscription_shows_its_generated_secret_once()
    {
        var response = await _host.Http.PostAsJsonAsync("/api/webhooks", new { url = "https://hooks.example.org/monitor" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<WebhookCreated>(MonitorJson.Options))!;
        created.Secret.Should().StartWith("whsec_");
        WebhookSecret.TryDecode(created.Secret, out _).Should().NotBeNull();
        created.Subscription.EventTypes.Should().Equal("divergence.detected");
        created.Subscription.Filter.Should().Be(WebhookFilter.Everything);
        response.Headers.Location!.ToString().Should().Be("/api/webhooks/" + created.Subscription.Id);

        var fetched = await _host.Http.GetStringAsync(response.Headers.Location);
        fetched.Should().Contain(created.Subscription.Id).And.NotContain(created.Secret).And.NotContain("secret");
        var list = await _host.Http.GetStringAsync("/api/webhooks");
        list.Should().Contain(created.Subscription.Id).And.NotContain(created.Secret);
    }

    [Fact]
    public async Task A_given_secret_filter_and_events_are_kept()
    {
        var secret = WebhookSecret.Generate();
        var response = await _host.Http.PostAsJsonAsync("/api/webhooks", new
        {
            url = "https://hooks.example.org/x",
            secret,
            filter = new { storyId = "s-1", divergenceKind = "quantity" },
            events = new[] { "divergence.detected", "divergence.resolved" },
        });

        var created = (await response.Content.ReadFromJsonAsync<WebhookCreated>(MonitorJson.Options))!;
        created.Secret.Should().Be(secret);
        created.Subscription.Filter.Should().Be(new WebhookFilter("s-1", null, "quantity"));
        created.Subscription.EventTypes.Should().Equal("divergence.detected", "divergence.resolved");
    }

    [Theory]
    [InlineData("""{"url":"http://10.0.0.7/hook"}""", "url", "private")]
    [InlineData("""{"url":"http://169.254.169.254/latest/meta-data"}""", "url", "cloud-metadata")]
    [InlineData("""{"url":"http://[::1]:80/"}""", "url", "loopback")]
    [InlineData("""{"url":"file:///etc/passwd"}""", "url", "http")]
    [InlineData("""{}""", "url", "required")]
    [InlineData("""{"url":"https://example.org","secret":"hunter2"}""", "secret", "whsec_")]
    [InlineData("""{"url":"https://example.org","events":["story.opened"]}""", "events", "Unknown event")]
    [InlineData("""{"url":"https://example.org","filter":{"kind":"quantityy"}}""", "filter.kind", "quantity, attribution, party")]
    public async Task A_bad_subscription_is_a_validation_problem(string body, string field, string message)
    {
        var response = await _host.Http.PostAsync("/api/webhooks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("errors").GetProperty(field)[0].GetString().Should().Contain(message);
    }

    [Fact]
    public async Task The_readme_filter_by_kind_is_kept_as_the_divergence_kind()
    {
        var response = await _host.Http.PostAsync("/api/webhooks",
            new StringContent("""{"url":"https://hooks.example.org/q","filter":{"kind":"quantity"}}""", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<WebhookCreated>(MonitorJson.Options))!;
        created.Subscription.Filter.Should().Be(new WebhookFilter(null, null, "quantity"));
    }

    [Fact]
    public async Task Soft_divergences_are_asked_for_with_include_soft_and_anything_but_a_boolean_is_refused()
    {
        var asked = await _host.Http.PostAsync("/api/webhooks",
            new StringContent("""{"url":"https://hooks.example.org/s","filter":{"kind":"quantity","includeSoft":true}}""", System.Text.Encoding.UTF8, "application/json"));
        var bad = await _host.Http.PostAsync("/api/webhooks",
            new StringContent("""{"url":"https://hooks.example.org/s","filter":{"includeSoft":"yes"}}""", System.Text.Encoding.UTF8, "application/json"));
        var plain = await _host.Http.PostAsJsonAsync("/api/webhooks", new { url = "https://hooks.example.org/p" });

        asked.StatusCode.Should().Be(HttpStatusCode.Created);
        (await asked.Content.ReadFromJsonAsync<WebhookCreated>(MonitorJson.Options))!.Subscription.Filter.Should().Be(new WebhookFilter(null, null, "quantity", IncludeSoft: true));
        (await plain.Content.ReadFromJsonAsync<WebhookCreated>(MonitorJson.Options))!.Subscription.Filter.IncludeSoft.Should().BeFalse("hard divergences only by default");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await bad.Content.ReadAsStringAsync()).Should().Contain("includeSoft");
    }

    [Fact]
    public async Task An_unknown_subscription_is_not_found_and_a_deleted_one_is_gone()
    {
        var created = (await (await _host.Http.PostAsJsonAsync("/api/webhooks", new { url = "https://example.org/h" }))
            .Content.ReadFromJsonAsync<WebhookCreated>(MonitorJson.Options))!;
        var id = created.Subscription.Id;

        (await _host.Http.DeleteAsync($"/api/webhooks/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await _host.Http.GetAsync($"/api/webhooks/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _host.Http.DeleteAsync($"/api/webhooks/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _host.Http.GetAsync($"/api/webhooks/{id}/deliveries")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _host.Http.PostAsync($"/api/webhooks/{id}/replay?since=2025-01-01T00:00:00Z", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _host.Http.GetStringAsync("/api/webhooks")).Should().NotContain(id);
    }

    [Fact]
    public async Task A_replay_without_a_valid_since_is_a_validation_problem()
    {
        var created = (await (await _host.Http.PostAsJsonAsync("/api/webhooks", new { url = "https://example.org/h" }))
            .Content.ReadFromJsonAsync<WebhookCreated>(MonitorJson.Options))!;

        var response = await _host.Http.PostAsync($"/api/webhooks/{created.Subscription.Id}/replay?since=yesterday-ish", null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("since");
    }
}
