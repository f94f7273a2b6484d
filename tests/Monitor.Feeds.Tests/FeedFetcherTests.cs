namespace Monitor.Feeds.Tests;

public sealed class FeedFetcherTests
{
    [Fact]
    public async Task A_second_fetch_with_the_etag_gets_a_304()
    {
        using var server = new FeedServer();
        var url = server.Serve("news.xml", FeedDocuments.Rss(("T", "https://wire.example/1", "x")));
        using var http = new HttpClient();
        var fetcher = new FeedFetcher(http);

        var first = await fetcher.FetchAsync(url, null, null, CancellationToken.None);
        var second = await fetcher.FetchAsync(url, first.ETag, first.LastModified, CancellationToken.None);

        first.Status.Should().Be(FeedFetchStatus.Fetched);
        first.ETag.Should().NotBeNullOrEmpty();
        second.Status.Should().Be(FeedFetchStatus.NotModified);
        second.ETag.Should().Be(first.ETag);
        server.Requests.Select(r => r.Status).Should().Equal(200, 304);
    }

    [Fact]
    public async Task A_changed_feed_is_fetched_again_despite_the_old_etag()
    {
        using var server = new FeedServer();
        var url = server.Serve("news.xml", FeedDocuments.Rss(("T", "https://wire.example/1", "x")));
        using var http = new HttpClient();
        var fetcher = new FeedFetcher(http);
        var first = await fetcher.FetchAsync(url, null, null, CancellationToken.None);

        server.Serve("news.xml", FeedDocuments.Rss(("T2", "https://wire.example/2", "y")));
        var second = await fetcher.FetchAsync(url, first.ETag, null, CancellationToken.None);

        second.Status.Should().Be(FeedFetchStatus.Fetched);
        second.ETag.Should().NotBe(first.ETag);
    }

    [Fact]
    public async Task An_error_answer_or_a_dead_server_is_a_failure_not_an_exception()
    {
        using var server = new FeedServer();
        using var http = new HttpClient();
        var fetcher = new FeedFetcher(http);

        var missing = await fetcher.FetchAsync(server.Url("missing.xml"), null, null, CancellationToken.None);
        var refused = await fetcher.FetchAsync("http://127.0.0.1:1/feed.xml", null, null, CancellationToken.None);

        missing.Status.Should().Be(FeedFetchStatus.Failed);
        missing.Error.Should().Contain("404");
        refused.Status.Should().Be(FeedFetchStatus.Failed);
    }

    [Fact]
    public async Task A_feed_over_the_size_cap_is_refused()
    {
        using var server = new FeedServer();
        var url = server.Serve("huge.xml", new string('x', FeedFetcher.MaxBytes + 10));
        using var http = new HttpClient();

        var response = await new FeedFetcher(http).FetchAsync(url, null, null, CancellationToken.None);

        response.Status.Should().Be(FeedFetchStatus.Failed);
        response.Body.Should().BeNull();
    }
}
