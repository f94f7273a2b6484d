using Monitor.Webhooks.Tests;

namespace Monitor.Cluster.Tests;

/// <summary>
/// Webhooks across restarts of a real host process on its SQLite file, stopped as a service manager
/// stops it (SIGTERM) or killed (SIGKILL), delivering to a real HTTP receiver.
/// </summary>
public sealed class WebhookRestartTests : IDisposable
{
    private readonly TestProcesses _run = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_webhook_made_before_a_restart_gets_every_divergence_of_the_seeds_posted_after_it(bool kill)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var first = await StartAsync("first");
        var id = await WebhookApi.SubscribeAsync(_run.Http, first, new { url = receiver.Url(), filter = new { includeSoft = true } });
        await StopAsync(first, kill);

        var second = await StartAsync("second");
        await WebhookApi.PostSeedsAsync(_run.Http, second);
        var detected = await WebhookApi.DetectedAsync(_run.Http, second);
        await receiver.WaitUntil(r => r.Select(w => w.Sequence).ToHashSet().IsSupersetOf(detected));

        detected.Should().HaveCountGreaterThanOrEqualTo(4, "the seeds disagree on a count, an administration, a party and a title");
        receiver.Received.Select(r => r.Sequence).Should().BeEquivalentTo(detected, "each divergence is delivered once, and only those");
        receiver.Received.Should().OnlyContain(r => r.AnsweredWith == 200 && r.Type == "divergence.detected");
        (await WebhookApi.GetAsync(_run.Http, second, "/api/webhooks")).Should().Contain(id);
    }

    [Fact]
    public async Task Killed_while_deliveries_wait_for_a_retry_and_started_again_the_host_delivers_every_divergence_once_the_receiver_is_back()
    {
        var down = await WebhookReceiver.StartAsync();
        down.Answer = _ => (503, null);
        var port = down.Port;
        var first = await StartAsync("first");
        await WebhookApi.SubscribeAsync(_run.Http, first, new { url = down.Url(), filter = new { includeSoft = true } });
        await WebhookApi.PostSeedsAsync(_run.Http, first);
        var detected = await WebhookApi.DetectedAsync(_run.Http, first);
        await down.WaitUntil(r => r.Select(w => w.Sequence).ToHashSet().IsSupersetOf(detected));
        first.Kill();
        // The receiver is down (nothing listens on its port) while the host starts again and retries.
        await down.DisposeAsync();

        await StartAsync("second");
        await using var back = await WebhookReceiver.StartAsync(port);
        await back.WaitUntil(r => r.Where(w => w.AnsweredWith == 200).Select(w => w.Sequence).ToHashSet().IsSupersetOf(detected));

        detected.Should().HaveCountGreaterThanOrEqualTo(4);
        down.Received.Concat(back.Received).GroupBy(r => r.Sequence).Should()
            .OnlyContain(g => g.Select(r => r.Id).Distinct().Count() == 1, "every attempt at one divergence carries the same webhook-id");
    }

    public void Dispose() => _run.Dispose();

    private Task<MonitorHost> StartAsync(string name) =>
        _run.StartAsync(MonitorHost.OnFile(name, Path.Combine(_run.Folder, "monitor.db"), _run.Folder, WebhookApi.Settings));

    private static Task StopAsync(MonitorHost host, bool kill)
    {
        if (kill)
        {
            host.Kill();
            return Task.CompletedTask;
        }
        return host.TerminateAsync();
    }
}
