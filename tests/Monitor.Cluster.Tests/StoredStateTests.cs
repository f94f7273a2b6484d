using System.Text.Json;
using Monitor.Contracts;
using Monitor.Webhooks.Tests;

namespace Monitor.Cluster.Tests;

/// <summary>
/// Every grain state Monitor stores reads back in a host started again on the same store, on SQLite and on
/// Redis, with contents made the way the product makes them: webhooks with one and with two event types
/// and a filter, outboxes and delivery logs waiting for a retry, a feed, the change hub's hosts.
/// </summary>
public sealed class StoredStateTests : IDisposable
{
    private readonly TestProcesses _run = new();

    private string Data => Path.Combine(_run.Folder, "monitor.db");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_stored_state_reads_back_the_same_in_a_host_started_again_on_its_store(bool redis)
    {
        var server = redis ? _run.Start(new RedisServer(_run.Folder)) : null;
        await (server?.Ready ?? Task.CompletedTask);
        Func<string, Task<MonitorHost>> start = name => _run.StartAsync(server is null
            ? MonitorHost.OnFile(name, Data, _run.Folder, WebhookApi.Settings)
            : MonitorHost.Silo(name, server.Connection, _run.Folder, WebhookApi.Settings));
        await using var receiver = await WebhookReceiver.StartAsync();
        // Every attempt waits an hour for its retry, so the outboxes and delivery logs hold still across the restarts.
        receiver.Answer = _ => (503, "3600");
        var first = await start("first");
        string[] both = [ChangeKinds.DivergenceDetected, ChangeKinds.DivergenceUpdated];
        var one = await WebhookApi.SubscribeAsync(_run.Http, first, new { url = receiver.Url("one"), filter = new { includeSoft = true } });
        var two = await WebhookApi.SubscribeAsync(_run.Http, first, new { url = receiver.Url("two"), events = both, filter = new { divergenceKind = "quantity", includeSoft = true } });
        await WebhookApi.PostAsync(_run.Http, first, "/api/feeds", new { url = $"http://127.0.0.1:{FreePort.Pick()}/feed.xml", source = "Local", interval = "01:00:00" });
        await WebhookApi.PostSeedsAsync(_run.Http, first);
        var detected = await WebhookApi.DetectedAsync(_run.Http, first);
        var quantity = await WebhookApi.SequencesAsync(_run.Http, first, both, "quantity");
        await receiver.WaitUntil(r =>
            r.Where(w => w.Path == "one").Select(w => w.Sequence).ToHashSet().SetEquals(detected) &&
            r.Where(w => w.Path == "two").Select(w => w.Sequence).ToHashSet().SetEquals(quantity));
        var snapshot = await WebhookApi.GetAsync(_run.Http, first, "/api/snapshot");
        await first.TerminateAsync();

        var second = await start("second");
        (await WebhookApi.GetAsync(_run.Http, second, "/api/snapshot")).Should().Be(snapshot, "stories, entities and sources read their journal events back");
        var stored = await ReadStoredAsync(second, one, two);
        await second.TerminateAsync();
        var third = await start("third");
        var again = await ReadStoredAsync(third, one, two);

        again.Should().Be(stored, "a state read back and written again is the same");
        var webhooks = JsonDocument.Parse(stored).RootElement.GetProperty("webhooks");
        webhooks.GetArrayLength().Should().Be(2);
        webhooks[0].GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()).Should().Equal(ChangeKinds.DivergenceDetected);
        webhooks[0].GetProperty("pending").GetInt32().Should().Be(detected.Count);
        webhooks[1].GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()).Should().Equal(both);
        webhooks[1].GetProperty("filter").GetProperty("divergenceKind").GetString().Should().Be("quantity");
        webhooks[1].GetProperty("pending").GetInt32().Should().Be(quantity.Count);
        stored.Should().Contain("\"willRetry\"").And.Contain("\"source\":\"Local\"");
        if (server is null)
        {
            await third.TerminateAsync();
            StoredRows.Read(Data).Should().OnlyContain(r => r.ReadsBackAsWritten, "each state is the JSON of its declared type");
            StoredRows.Read(Data).Select(r => r.StateName).Should().Contain(StoredRows.PersistentStateNames(), "the test makes every kind of state Monitor stores");
        }
    }

    /// <summary>
    /// Data/monitor-2026-12-07.db was made by the release of 2026-12-07 (Orleans' Newtonsoft grain state with
    /// type names): <c>serve --no-replay</c>, a webhook with the default event, one with two events and a
    /// quantity filter (both to a port nobody listens on), a feed that failed, and the seeds replayed.
    /// </summary>
    [Fact]
    public async Task A_file_written_with_type_names_opens_and_is_stored_as_declared_from_then_on()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "monitor-2026-12-07.db"), Data);
        var first = await _run.StartAsync(MonitorHost.OnFile("first", Data, _run.Folder, WebhookApi.Settings));

        var old = JsonDocument.Parse(await WebhookApi.GetAsync(_run.Http, first, "/api/webhooks")).RootElement;
        old.GetArrayLength().Should().Be(2);
        old[0].GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()).Should().Equal("divergence.detected");
        old[0].GetProperty("pending").GetInt32().Should().Be(5);
        old[1].GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()).Should().Equal("divergence.detected", "divergence.updated");
        old[1].GetProperty("filter").GetProperty("divergenceKind").GetString().Should().Be("quantity");
        old[1].GetProperty("pending").GetInt32().Should().Be(2);
        (await WebhookApi.GetAsync(_run.Http, first, $"/api/webhooks/{old[0].GetProperty("id").GetString()}/deliveries")).Should().Contain("\"willRetry\"");
        (await WebhookApi.GetAsync(_run.Http, first, "/api/feeds")).Should().Contain("/feed.xml").And.Contain("\"source\":\"local\"");
        await using var receiver = await WebhookReceiver.StartAsync();
        var added = await WebhookApi.SubscribeAsync(_run.Http, first, new { url = receiver.Url() });
        await first.TerminateAsync();

        var second = await _run.StartAsync(MonitorHost.OnFile("second", Data, _run.Folder, WebhookApi.Settings));
        var ids = JsonDocument.Parse(await WebhookApi.GetAsync(_run.Http, second, "/api/webhooks")).RootElement.EnumerateArray().Select(w => w.GetProperty("id").GetString());
        ids.Should().Equal(old[0].GetProperty("id").GetString(), old[1].GetProperty("id").GetString(), added);
        await second.TerminateAsync();
        StoredRows.Read(Data).Single(r => r.StateName == "webhook-dispatcher").ReadsBackAsWritten.Should().BeTrue("the dispatcher was written again, as declared");
    }

    public void Dispose() => _run.Dispose();

    /// <summary>Everything the API shows of the stored states, in one text to compare.</summary>
    private async Task<string> ReadStoredAsync(MonitorHost host, params string[] webhooks)
    {
        var parts = new Dictionary<string, JsonElement>
        {
            ["webhooks"] = JsonDocument.Parse(await WebhookApi.GetAsync(_run.Http, host, "/api/webhooks")).RootElement,
            ["feeds"] = JsonDocument.Parse(await WebhookApi.GetAsync(_run.Http, host, "/api/feeds")).RootElement,
            ["changes"] = JsonDocument.Parse(await WebhookApi.GetAsync(_run.Http, host, "/api/changes?topic=all&limit=10000")).RootElement,
            ["snapshot"] = JsonDocument.Parse(await WebhookApi.GetAsync(_run.Http, host, "/api/snapshot")).RootElement,
        };
        foreach (var id in webhooks)
        {
            parts[id] = JsonDocument.Parse(await WebhookApi.GetAsync(_run.Http, host, $"/api/webhooks/{id}/deliveries")).RootElement;
        }
        return JsonSerializer.Serialize(parts);
    }
}
