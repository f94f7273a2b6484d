using Microsoft.Extensions.DependencyInjection;
using Monitor.Feeds;
using Monitor.Feeds.Tests;

namespace Monitor.Ingest.Tests;

/// <summary>A feed named in configuration is registered and polled at start, without any API call.</summary>
public sealed class ConfiguredFeedTests : IAsyncLifetime
{
    private readonly FeedServer _server = new();
    private readonly ConfiguredFeedHost _host;
    private readonly string _url;

    public ConfiguredFeedTests()
    {
        _url = _server.Serve("configured.xml", FeedDocuments.Rss(("Configured", $"https://conf.example/{Guid.NewGuid():n}", "From configuration.")));
        _host = new ConfiguredFeedHost(_url);
    }

    [Fact]
    public async Task A_configured_feed_is_polled_at_start_and_then_conditionally()
    {
        await _server.FirstRequest.WaitAsync(TimeSpan.FromMinutes(1));
        // The poll of one feed holds its lock, so this waits for the start-up poll, then asks again with its ETag.
        var state = await _host.Services.GetRequiredService<FeedPoller>().PollAsync(_url, CancellationToken.None);

        state!.Source.Should().Be("conf-wire");
        state.Interval.Should().Be(TimeSpan.FromMinutes(10));
        state.Articles.Should().Be(1);
        state.LastStatus.Should().Be("not-modified");
        _server.Requests.Select(r => r.Status).Should().StartWith([200, 304]);
    }

    public Task InitializeAsync() => _host.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _server.Dispose();
    }

    private sealed class ConfiguredFeedHost(string url) : MonitorHost
    {
        protected override IEnumerable<string> Settings => [$"--Feeds:0:Url={url}", "--Feeds:0:Interval=00:10:00", "--Feeds:0:Source=conf-wire"];
    }
}
