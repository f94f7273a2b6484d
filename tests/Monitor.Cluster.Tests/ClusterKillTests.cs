using Xunit.Abstractions;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitor.Cluster.Tests;

/// <summary>
/// Three silo hosts on a real Redis, one killed with kill -9 while 1,000 articles arrive: the cluster ends
/// where one process would, and a SignalR subscriber on a survivor misses no change.
/// </summary>
public sealed class ClusterKillTests(ITestOutputHelper output) : IDisposable
{
    private const int KillAfter = 400;
    private readonly string _logs = Directory.CreateTempSubdirectory("monitor-cluster-").FullName;
    private readonly List<IDisposable> _processes = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task Killing_one_of_three_hosts_mid_replay_loses_no_article_and_no_change()
    {
        var articles = EventArticles.Make(events: 100, perEvent: 10, seed: 23);
        var redis = Start(new RedisServer(_logs));
        await redis.Ready;
        MonitorHost[] hosts = [.. new[] { "host-a", "host-b", "host-c" }.Select(name => Start(MonitorHost.Silo(name, redis.Connection, _logs)))];
        await Task.WhenAll(hosts.Select(h => h.Ready));
        await using var live = new LiveChanges(hosts[0].Address, "all", _http);
        await live.StartAsync();

        await new Replay(_http, hosts) { Midway = (KillAfter, hosts[2].Kill) }.RunAsync(articles);

        var last = await LastSequenceAsync(hosts[1]);
        await Task.WhenAny(live.ReachedAsync(last), Task.Delay(TimeSpan.FromSeconds(60)));
        output.WriteLine($"{last} changes, {live.Pushed} of them pushed live, the rest read from the log to fill gaps; logs in {_logs}");
        var clustered = await SnapshotJson.ReadAsync(_http, hosts[1]);
        var single = Start(MonitorHost.Embedded("single", _logs));
        await single.Ready;
        await new Replay(_http, [single]).RunAsync(articles);
        var alone = await SnapshotJson.ReadAsync(_http, single);

        SnapshotJson.ArticleIds(clustered).Should().BeEquivalentTo(articles.Select(a => a.Id), "every article is in exactly one story");
        SnapshotJson.Normalized(clustered).Should().Be(SnapshotJson.Normalized(alone));
        // Story, entity and source summaries are paced: the last ones held may have landed after the first reading of the log's end.
        var end = await LastSequenceAsync(hosts[1]);
        await Task.WhenAny(live.ReachedAsync(end), Task.Delay(TimeSpan.FromSeconds(60)));
        var received = live.Received;
        received.Should().Equal(Enumerable.Range(1, received.Count).Select(s => (long)s), "the subscriber on a survivor missed no change");
        received.Count.Should().BeGreaterThanOrEqualTo((int)end, "it got every change in the log");
    }

    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            process.Dispose();
        }
        _http.Dispose();
    }

    private T Start<T>(T process) where T : IDisposable
    {
        _processes.Add(process);
        return process;
    }

    /// <summary>The newest sequence of a topic, read page by page from the change log.</summary>
    private async Task<long> LastSequenceAsync(MonitorHost host)
    {
        long last = 0;
        while (true)
        {
            var page = await _http.GetFromJsonAsync<JsonElement[]>(new Uri(host.Address, $"/api/changes?topic=all&after={last}&limit=500"));
            if (page is null || page.Length == 0)
            {
                return last;
            }
            last = page[^1].GetProperty("sequence").GetInt64();
        }
    }
}
