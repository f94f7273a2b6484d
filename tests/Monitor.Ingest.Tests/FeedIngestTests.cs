using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Feeds;
using Monitor.Feeds.Tests;

namespace Monitor.Ingest.Tests;

public sealed class FeedIngestTests(KeyedHost host) : IClassFixture<KeyedHost>
{
    private FeedPoller Poller => host.Services.GetRequiredService<FeedPoller>();

    [Fact]
    public async Task The_same_article_from_a_feed_and_from_the_api_counts_once()
    {
        using var server = new FeedServer();
        var link = $"https://wire.example/{Guid.NewGuid():n}";
        var text = $"Venezuela freed ten Americans on Friday in an exchange {Guid.NewGuid():n}.";
        var url = server.Serve("rss.xml", FeedDocuments.Rss(("Exchange completed", link, $"<p>{text}</p>")));

        var registered = await host.Http.SendAsync(Api.Post("/api/feeds", $"{{\"url\":\"{url}\",\"interval\":\"00:10:00\"}}"));
        var polled = await Poller.PollAsync(url, CancellationToken.None);
        var posted = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article("api-copy", "wire", "Exchange completed", "A different body.", url: link + "?utm_source=api")));
        var sameText = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article("api-copy-2", "desk", "Exchange completed", text)));

        registered.StatusCode.Should().Be(HttpStatusCode.Accepted);
        polled!.Articles.Should().Be(1);
        polled.LastError.Should().BeNull();
        (await posted.JsonAsync()).GetProperty("outcome").GetString().Should().Be("duplicate", "the canonical URL is the feed item's link");
        (await sameText.JsonAsync()).GetProperty("outcome").GetString().Should().Be("duplicate", "the content hash is the feed item's");
    }

    [Fact]
    public async Task A_second_poll_is_conditional_and_an_unchanged_feed_costs_a_304()
    {
        using var server = new FeedServer();
        var url = server.Serve("atom.xml", FeedDocuments.Atom(("Atom entry", $"https://desk.example/{Guid.NewGuid():n}", "Atom text.")));
        await Poller.RegisterAsync(url, "desk", TimeSpan.FromMinutes(10));

        await Poller.PollAsync(url, CancellationToken.None);
        var second = await Poller.PollAsync(url, CancellationToken.None);
        var listed = (await host.Http.GetAsync("/api/feeds")).JsonAsync();

        second!.LastStatus.Should().Be("not-modified");
        second.Articles.Should().Be(1);
        server.Requests.Should().Contain(r => r.Status == 304 && r.IfNoneMatch != null);
        var feed = (await listed).EnumerateArray().Single(f => f.GetProperty("url").GetString() == url);
        feed.GetProperty("lastPoll").ValueKind.Should().NotBe(System.Text.Json.JsonValueKind.Null);
        feed.GetProperty("articles").GetInt64().Should().Be(1);
    }

    [Fact]
    public async Task A_hostile_feed_is_an_error_on_the_feed_and_the_host_goes_on()
    {
        using var server = new FeedServer();
        var url = server.Serve("bomb.xml", FeedDocuments.BillionLaughs());
        await Poller.RegisterAsync(url, null, TimeSpan.FromMinutes(10));

        var state = await Poller.PollAsync(url, CancellationToken.None);

        state!.LastError.Should().NotBeNullOrEmpty();
        state.Failures.Should().BePositive("the background loop may have polled it too");
        state.LastStatus.Should().Be("failed");
        (await host.Http.GetAsync("/api/feeds")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("{\"url\":\"file:///etc/passwd\"}")]
    [InlineData("{\"url\":\"https://wire.example/rss\",\"interval\":\"00:00:01\"}")]
    [InlineData("{\"url\":\"https://wire.example/rss\",\"interval\":\"soon\"}")]
    public async Task A_bad_feed_registration_is_a_400_problem(string body)
    {
        var response = await host.Http.SendAsync(Api.Post("/api/feeds", body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await response.ProblemAsync();
    }

    [Theory]
    [InlineData("{\"url\":\"https://wire.example/rss\",\"interval\":\"00:00:01\"}", "interval")]
    [InlineData("{\"url\":\"ftp://wire.example/rss\",\"interval\":\"00:10:00\"}", "url")]
    public async Task A_feed_problem_is_reported_under_its_own_field(string body, string field)
    {
        var response = await host.Http.SendAsync(Api.Post("/api/feeds", body));

        (await response.ProblemAsync()).ErrorKeys().Should().Equal(field);
    }

    [Fact]
    public async Task A_feed_counts_each_item_once_however_often_it_is_fetched()
    {
        using var server = new FeedServer();
        var first = ("First item", $"https://wire.example/{Guid.NewGuid():n}", $"First text {Guid.NewGuid():n}.");
        var url = server.Serve("count.xml", FeedDocuments.Rss(first));
        await Poller.RegisterAsync(url, "wire", TimeSpan.FromMinutes(10));
        await Poller.PollAsync(url, CancellationToken.None);

        server.Serve("count.xml", FeedDocuments.Rss(first, ("Second item", $"https://wire.example/{Guid.NewGuid():n}", $"Second text {Guid.NewGuid():n}.")));
        var state = await Poller.PollAsync(url, CancellationToken.None);

        state!.Articles.Should().Be(2, "the first item came again with the second");
    }

    [Fact]
    public async Task A_feed_can_be_removed_and_its_articles_stay()
    {
        using var server = new FeedServer();
        var url = server.Serve("gone.xml", FeedDocuments.Rss(("Gone item", $"https://wire.example/{Guid.NewGuid():n}", $"Gone text {Guid.NewGuid():n}.")));
        await Poller.RegisterAsync(url, "wire", TimeSpan.FromMinutes(10));

        var removed = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/feeds?url=" + Uri.EscapeDataString(url)) { Headers = { { "X-Api-Key", MonitorHost.Key } } });
        var again = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/feeds?url=" + Uri.EscapeDataString(url)) { Headers = { { "X-Api-Key", MonitorHost.Key } } });

        removed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Poller.FeedsAsync()).Select(f => f.Url).Should().NotContain(url);
    }

    [Fact]
    public async Task A_feed_that_hangs_does_not_delay_another()
    {
        // A listener that accepts connections and never answers: its poll waits out the HTTP time-out (30 s).
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var hanging = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/hangs.xml";
        using var server = new FeedServer();
        var quick = server.Serve("quick.xml", FeedDocuments.Rss(("Quick item", $"https://wire.example/{Guid.NewGuid():n}", $"Quick text {Guid.NewGuid():n}.")));

        await Poller.RegisterAsync(hanging, "silent", TimeSpan.FromMinutes(10));
        using var held = await silent.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(20));
        await Poller.RegisterAsync(quick, "quick", TimeSpan.FromMinutes(10));

        await server.FirstRequest.WaitAsync(TimeSpan.FromSeconds(15));
        await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/feeds?url=" + Uri.EscapeDataString(hanging)) { Headers = { { "X-Api-Key", MonitorHost.Key } } });
    }
}
