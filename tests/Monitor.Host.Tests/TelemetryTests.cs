using System.Net;
using System.Net.Http.Json;

namespace Monitor.Host.Tests;

public sealed class TelemetryTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Liveness_answers_healthy()
    {
        var response = await host.Http.GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Readiness_answers_healthy_when_the_silo_answers()
    {
        var response = await host.Http.GetAsync("/readyz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Metrics_expose_ingested_articles_and_orleans_after_a_post()
    {
        var title = "Travenmoor " + Guid.NewGuid().ToString("N");
        var posted = await host.Http.PostAsJsonAsync("/api/articles", new
        {
            source = "Metrics Wire",
            title,
            text = $"{title} was opened on Monday by the Ostrava council. Officials said {title} cost 12 million euros.",
        });
        posted.StatusCode.Should().Be(HttpStatusCode.Accepted);

        var response = await host.Http.GetAsync("/metrics");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.Should().Contain("monitor_articles_ingested_total{");
        text.Should().Contain("outcome=\"accepted\"");
        text.Should().Contain("monitor_analysis_duration");
        text.Should().Contain("monitor_story_update_duration");
        text.Should().Contain("orleans_");
    }

    [Fact]
    public async Task The_orleans_dashboard_is_open_to_loopback_without_configured_keys()
    {
        var response = await host.Http.GetAsync("/orleans/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
