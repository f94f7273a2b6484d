using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis;
using Monitor.Contracts;
using Monitor.Grains;
using Xunit.Abstractions;

namespace Monitor.Webhooks.Tests;

[Collection(HostCollection.Name)]
public sealed class HostDeliveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Replaying_the_seeds_yields_one_delivery_per_new_divergence()
    {
        await using var host = await MonitorHost.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await SubscribeAsync(host, new { url = receiver.Url() });
        var ingestor = host.App.Services.GetRequiredService<ArticleIngestor>();

        foreach (var article in ArticleFolder.Read(TestPaths.Seeds).Concat(TwoSourcesThatDisagree()))
        {
            await ingestor.IngestAsync(article);
        }
        // The outbox delivers in order: once this last divergence arrives, every earlier one has been sent.
        var last = (await Divergences.CommitAsync(host.Journal, Divergences.Change(Divergences.FreshStory()))).Single(c => c.Topic == Topics.All);
        await receiver.WaitUntil(r => r.Any(w => w.Sequence == last.Sequence));

        var log = JsonDocument.Parse(await host.Http.GetStringAsync("/api/changes?topic=all&limit=1000")).RootElement.EnumerateArray().ToList();
        var detected = log.Where(c => c.GetProperty("kind").GetString() == ChangeKinds.DivergenceDetected && Level(c) == DivergenceLevel.Hard)
            .Select(c => c.GetProperty("sequence").GetInt64()).ToList();
        var soft = log.Count(c => c.GetProperty("kind").GetString() == ChangeKinds.DivergenceDetected && Level(c) == DivergenceLevel.Soft);
        output.WriteLine($"{log.Count} changes, {detected.Count} hard divergence.detected (the last one made up by the test), {soft} soft.");
        soft.Should().BeGreaterThan(0, "the seeds give 250 against several, a soft divergence");
        receiver.Received.Select(r => r.Sequence).Should().Equal(detected, "every new hard divergence is delivered once, in the order of the change log");
        receiver.Received.Should().OnlyContain(r => r.AnsweredWith == 200 && r.Type == ChangeKinds.DivergenceDetected);
        (await NodeVerifier.VerifyAsync(subscription.Secret, receiver.Received)).Should().OnlyContain(v => v.Ok);
        var deliveries = JsonDocument.Parse(await host.Http.GetStringAsync($"/api/webhooks/{subscription.Subscription.Id}/deliveries")).RootElement;
        deliveries.EnumerateArray().Select(d => d.GetProperty("outcome").GetString()).Should().HaveCount(detected.Count).And.AllBe("delivered");
    }

    [Fact]
    public async Task A_host_restart_during_retries_still_delivers_every_event_with_its_original_id()
    {
        var data = Path.Combine(Directory.CreateTempSubdirectory("monitor-webhooks-").FullName, "monitor.db");
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (503, null);
        HashSet<string?> ids;
        WebhookCreated subscription;
        await using (var first = await MonitorHost.StartAsync(data))
        {
            var story = Divergences.FreshStory();
            subscription = await SubscribeAsync(first, new { url = receiver.Url(), filter = new { storyId = story } });
            await Divergences.CommitAsync(first.Journal, Divergences.Change(story, slot: "a"), Divergences.Change(story, slot: "b"), Divergences.Change(story, slot: "c"));
            await receiver.WaitUntil(r => r.Select(w => w.Id).Distinct().Count() == 3);
            ids = [.. receiver.Received.Select(r => r.Id)];
        }

        receiver.Answer = _ => (200, null);
        await using var second = await MonitorHost.StartAsync(data);
        await receiver.WaitUntil(r => r.Where(w => w.AnsweredWith == 200).Select(w => w.Id).Distinct().Count() == 3);

        var delivered = receiver.Received.Where(r => r.AnsweredWith == 200).ToList();
        delivered.Select(r => r.Id).Should().BeEquivalentTo(ids);
        (await NodeVerifier.VerifyAsync(subscription.Secret, delivered)).Should().OnlyContain(v => v.Ok);
        var view = await second.Http.GetFromJsonAsync<WebhookSubscriptionView>($"/api/webhooks/{subscription.Subscription.Id}", MonitorJson.Options);
        view!.Pending.Should().Be(0);
    }

    [Fact]
    public async Task A_replay_sends_the_events_since_a_time_again_with_their_ids()
    {
        await using var host = await MonitorHost.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var story = Divergences.FreshStory();
        var subscription = await SubscribeAsync(host, new { url = receiver.Url(), filter = new { storyId = story } });
        await Divergences.CommitAsync(host.Journal, Divergences.Change(story, slot: "a"), Divergences.Change(story, slot: "b"));
        await receiver.WaitUntil(r => r.Count == 2);
        var id = subscription.Subscription.Id;

        var future = await host.Http.PostAsync($"/api/webhooks/{id}/replay?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}", null);
        var past = await host.Http.PostAsync($"/api/webhooks/{id}/replay?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}", null);
        future.StatusCode.Should().Be(HttpStatusCode.Accepted, await future.Content.ReadAsStringAsync());
        past.StatusCode.Should().Be(HttpStatusCode.Accepted, await past.Content.ReadAsStringAsync());
        await receiver.WaitUntil(r => r.Count >= 4);

        (await future.Content.ReadFromJsonAsync<WebhookReplayed>(MonitorJson.Options))!.Queued.Should().Be(0);
        (await past.Content.ReadFromJsonAsync<WebhookReplayed>(MonitorJson.Options))!.Queued.Should().Be(2);
        receiver.Received.Skip(2).Select(r => r.Id).Should().Equal(receiver.Received.Take(2).Select(r => r.Id));
    }

    [Fact]
    public async Task A_soft_divergence_of_the_engine_reaches_only_the_subscription_that_includes_soft_ones()
    {
        await using var host = await MonitorHost.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await SubscribeAsync(host, new { url = receiver.Url("default") });
        await SubscribeAsync(host, new { url = receiver.Url("soft"), filter = new { includeSoft = true } });
        var ingestor = host.App.Services.GetRequiredService<ArticleIngestor>();

        foreach (var article in TwoSourcesVagueAndExact())
        {
            await ingestor.IngestAsync(article);
        }
        var last = (await Divergences.CommitAsync(host.Journal, Divergences.Change(Divergences.FreshStory(), slot: "last"))).Single(c => c.Topic == Topics.All);
        // Each outbox delivers in order: once the last change arrives at both, every earlier one has been sent.
        await receiver.WaitUntil(r => r.Count(w => w.Sequence == last.Sequence) == 2);

        string Level(ReceivedWebhook w) => w.Json.GetProperty("data").GetProperty("divergence").GetProperty("level").GetString()!;
        var soft = receiver.Received.Where(r => r.Path == "soft" && r.Sequence != last.Sequence).ToList();
        soft.Should().ContainSingle("the engine finds 140 against several hostages").Which.Type.Should().Be(ChangeKinds.DivergenceDetected);
        Level(soft[0]).Should().Be(DivergenceLevel.Soft);
        receiver.Received.Where(r => r.Path == "default").Select(r => r.Sequence).Should().Equal([last.Sequence], "a soft divergence is no contradiction to be woken for");
    }

    private static string? Level(JsonElement change) =>
        change.GetProperty("payload").TryGetProperty("divergence", out var d) && d.ValueKind == JsonValueKind.Object ? d.GetProperty("level").GetString() : null;

    private static async Task<WebhookCreated> SubscribeAsync(MonitorHost host, object request)
    {
        var response = await host.Http.PostAsJsonAsync("/api/webhooks", request);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<WebhookCreated>(MonitorJson.Options))!;
    }

    /// <summary>Two outlets, one vague and one exact about the same count: a soft divergence.</summary>
    private static IEnumerable<ArticleInput> TwoSourcesVagueAndExact()
    {
        const string title = "Militia frees hostages near the Tamsin border";
        yield return new ArticleInput("wh-hostages-1", "Harbour Post", title,
            "The militia released 140 hostages near the Tamsin border on Sunday, the army said. Families gathered at the crossing.");
        yield return new ArticleInput("wh-hostages-2", "Quay Times", title,
            "The militia released several hostages near the Tamsin border on Sunday, the army said. Families waited at the crossing.");
    }

    /// <summary>Two outlets giving different numbers for the same thing: a divergence once the engine sees it.</summary>
    private static IEnumerable<ArticleInput> TwoSourcesThatDisagree()
    {
        const string title = "Ferry capsizes off Quennell harbour, dozens rescued";
        yield return new ArticleInput("wh-ferry-1", "Harbour Post", title,
            "A passenger ferry capsized off Quennell harbour on Monday. The coast guard said 40 passengers were rescued from the water. " +
            "The ferry operator Marlow Lines said the vessel carried 120 people.");
        yield return new ArticleInput("wh-ferry-2", "Quay Times", title,
            "A passenger ferry capsized off Quennell harbour on Monday. The coast guard said 25 passengers were rescued from the water. " +
            "The ferry operator Marlow Lines said the vessel carried 120 people.");
    }
}
