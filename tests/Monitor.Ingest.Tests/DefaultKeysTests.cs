using System.Net;

namespace Monitor.Ingest.Tests;

public sealed class DefaultKeysTests(DefaultHost host) : IClassFixture<DefaultHost>
{
    [Fact]
    public async Task Without_keys_loopback_writes_are_allowed_until_the_rate_limit()
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i <= DefaultHost.Limit; i++)
        {
            answers.Add(await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(null, "wire", "Title", $"Default text {i} {Guid.NewGuid():n}."), key: null)));
        }

        answers.Take(DefaultHost.Limit).Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Accepted);
        answers[^1].StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await answers[^1].ProblemAsync()).GetProperty("status").GetInt32().Should().Be(429);
        answers[^1].Headers.RetryAfter.Should().NotBeNull();
        (await host.Http.GetAsync("/api/feeds")).StatusCode.Should().Be(HttpStatusCode.OK, "reads are not rate limited");
    }
}
