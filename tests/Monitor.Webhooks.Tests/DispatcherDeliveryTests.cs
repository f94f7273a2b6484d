using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Webhooks.Tests;

[Collection(ClusterCollection.Name)]
public sealed class DispatcherDeliveryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Each_divergence_is_delivered_once_and_the_reference_verifier_accepts_its_signature()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var story = Divergences.FreshStory();
        var (_, secret) = await fixture.SubscribeAsync(receiver.Url(), new WebhookFilter(story, null, null));

        await Divergences.CommitAsync(fixture.Journal,
            Divergences.Unrelated(story),
            Divergences.Change(story, slot: "released.count"),
            Divergences.Change(story, slot: "deal.administration", divergenceKind: "attribution"));
        await receiver.WaitUntil(r => r.Count >= 2);

        var received = receiver.Received;
        received.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.HaveCount(2);
        received.Select(r => r.Type).Should().AllBe(ChangeKinds.DivergenceDetected);
        var verdicts = await NodeVerifier.VerifyAsync(secret, received);
        verdicts.Should().HaveCount(2).And.OnlyContain(v => v.Ok, "the standardwebhooks package must accept our signatures");
        var data = received[0].Json.GetProperty("data");
        data.GetProperty("story").GetProperty("id").GetString().Should().Be(story);
        data.GetProperty("story").GetProperty("url").GetString().Should().EndWith("/#/story/" + story);
        data.GetProperty("slot").GetString().Should().Be("released.count");
        var sides = data.GetProperty("divergence").GetProperty("sides");
        sides.GetArrayLength().Should().Be(2);
        sides[0].GetProperty("sources")[0].GetString().Should().Be("Harbour Post");
        sides[0].GetProperty("quotes")[0].GetString().Should().Contain("250");
    }

    [Fact]
    public async Task A_tampered_body_fails_the_reference_verifier()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var story = Divergences.FreshStory();
        var (_, secret) = await fixture.SubscribeAsync(receiver.Url(), new WebhookFilter(story, null, null));

        await Divergences.CommitAsync(fixture.Journal, Divergences.Change(story));
        await receiver.WaitUntil(r => r.Count >= 1);

        var tampered = receiver.Received[0] with { Body = receiver.Received[0].Body.Replace("250", "251", StringComparison.Ordinal) };
        (await NodeVerifier.VerifyAsync(secret, [tampered])).Should().ContainSingle().Which.Ok.Should().BeFalse();
    }

    [Fact]
    public async Task Updated_and_resolved_are_sent_only_to_subscriptions_that_ask_for_them()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var story = Divergences.FreshStory();
        var filter = new WebhookFilter(story, null, null);
        await fixture.SubscribeAsync(receiver.Url("default"), filter);
        await fixture.SubscribeAsync(receiver.Url("all"), filter, [.. WebhookEventTypes.All]);

        await Divergences.CommitAsync(fixture.Journal,
            Divergences.Change(story),
            Divergences.Change(story, ChangeKinds.DivergenceUpdated),
            Divergences.Change(story, ChangeKinds.DivergenceResolved),
            Divergences.Change(story, slot: "last"));
        // Each outbox delivers in order, so once "last" arrives everything before it has been sent.
        await receiver.WaitUntil(r => r.Count(w => w.Path == "default" && w.Json.GetProperty("data").GetProperty("slot").GetString() == "last") == 1
                                      && r.Count(w => w.Path == "all") == 4);

        receiver.Received.Where(r => r.Path == "default").Select(r => r.Type).Should().Equal(ChangeKinds.DivergenceDetected, ChangeKinds.DivergenceDetected);
        receiver.Received.Where(r => r.Path == "all").Select(r => r.Type).Should().Equal(
            ChangeKinds.DivergenceDetected, ChangeKinds.DivergenceUpdated, ChangeKinds.DivergenceResolved, ChangeKinds.DivergenceDetected);
    }

    [Fact]
    public async Task A_filter_on_the_divergence_kind_lets_only_that_kind_through()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var story = Divergences.FreshStory();
        await fixture.SubscribeAsync(receiver.Url(), new WebhookFilter(story, null, "attribution"));

        await Divergences.CommitAsync(fixture.Journal,
            Divergences.Change(story, slot: "count", divergenceKind: "quantity"),
            Divergences.Change(story, slot: "administration", divergenceKind: "attribution"));
        await receiver.WaitUntil(r => r.Count >= 1);

        receiver.Received.Should().ContainSingle().Which.Json.GetProperty("data").GetProperty("slot").GetString().Should().Be("administration");
    }

    [Fact]
    public async Task A_soft_divergence_is_sent_only_to_subscriptions_that_include_soft_ones()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var story = Divergences.FreshStory();
        await fixture.SubscribeAsync(receiver.Url("default"), new WebhookFilter(story, null, null));
        await fixture.SubscribeAsync(receiver.Url("soft"), new WebhookFilter(story, null, null, IncludeSoft: true));

        await Divergences.CommitAsync(fixture.Journal,
            Divergences.Change(story, slot: "rounded", level: DivergenceLevel.Soft),
            Divergences.Change(story, slot: "last"));
        string Slot(ReceivedWebhook w) => w.Json.GetProperty("data").GetProperty("slot").GetString()!;
        // Each outbox delivers in order, so once "last" arrives everything before it has been sent.
        await receiver.WaitUntil(r => r.Any(w => w.Path == "default" && Slot(w) == "last") && r.Any(w => w.Path == "soft" && Slot(w) == "last"));

        receiver.Received.Where(r => r.Path == "default").Select(Slot).Should().Equal("last");
        receiver.Received.Where(r => r.Path == "soft").Select(Slot).Should().Equal("rounded", "last");
        receiver.Received.Single(r => r.Path == "soft" && Slot(r) == "rounded").Json.GetProperty("data").GetProperty("divergence")
            .GetProperty("level").GetString().Should().Be(DivergenceLevel.Soft);
    }

    [Fact]
    public async Task An_endpoint_down_for_a_while_gets_every_event_with_its_original_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = w => receiver.Received.Count(r => r.Id == w.Id) < 2 ? (503, null) : (200, null);
        var story = Divergences.FreshStory();
        var (id, _) = await fixture.SubscribeAsync(receiver.Url(), new WebhookFilter(story, null, null));

        await Divergences.CommitAsync(fixture.Journal, Divergences.Change(story, slot: "a"), Divergences.Change(story, slot: "b"), Divergences.Change(story, slot: "c"));
        await receiver.WaitUntil(r => r.Where(w => w.AnsweredWith == 200).Select(w => w.Id).Distinct().Count() == 3);

        var byEvent = receiver.Received.GroupBy(r => r.Id).ToList();
        byEvent.Should().HaveCount(3);
        foreach (var attempts in byEvent)
        {
            attempts.Select(a => a.AnsweredWith).Should().Equal(503, 503, 200);
            attempts.Select(a => a.Body).Distinct().Should().ContainSingle("every retry sends the same event");
        }
        var log = await fixture.Grains.GetGrain<IWebhookSubscriptionGrain>(id).Deliveries();
        log.Where(d => d.Outcome == WebhookDeliveryOutcome.WillRetry).Should().HaveCount(6).And.OnlyContain(d => d.StatusCode == 503);
        log.Where(d => d.Outcome == WebhookDeliveryOutcome.Delivered).Should().HaveCount(3).And.OnlyContain(d => d.Attempt == 3);
        (await fixture.Grains.GetGrain<IWebhookSubscriptionGrain>(id).View())!.Pending.Should().Be(0);
    }

    [Fact]
    public async Task Gone_disables_the_subscription()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (410, null);
        var story = Divergences.FreshStory();
        var (id, _) = await fixture.SubscribeAsync(receiver.Url(), new WebhookFilter(story, null, null));

        await Divergences.CommitAsync(fixture.Journal, Divergences.Change(story));
        await receiver.WaitUntil(r => r.Count >= 1);

        var view = await fixture.Grains.GetGrain<IWebhookSubscriptionGrain>(id).View();
        view!.Enabled.Should().BeFalse();
        view.DisabledReason.Should().Contain("410");
        (await fixture.Grains.GetGrain<IWebhookSubscriptionGrain>(id).Deliveries()).Should().ContainSingle()
            .Which.Outcome.Should().Be(WebhookDeliveryOutcome.Disabled);
    }

    [Fact]
    public async Task An_event_whose_schedule_is_spent_is_given_up_and_logged()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (500, null);
        var story = Divergences.FreshStory();
        var (id, _) = await fixture.SubscribeAsync(receiver.Url(), new WebhookFilter(story, null, null));

        await Divergences.CommitAsync(fixture.Journal, Divergences.Change(story));
        await receiver.WaitUntil(r => r.Count >= 5);

        var grain = fixture.Grains.GetGrain<IWebhookSubscriptionGrain>(id);
        var log = await grain.Deliveries();
        log[0].Outcome.Should().Be(WebhookDeliveryOutcome.GaveUp);
        log[0].Attempt.Should().Be(5, "one attempt and one retry per delay of the four-delay test schedule");
        (await grain.View())!.Pending.Should().Be(0);
    }
}
