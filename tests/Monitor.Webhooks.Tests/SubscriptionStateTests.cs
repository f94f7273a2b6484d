using Microsoft.Extensions.Time.Testing;

namespace Monitor.Webhooks.Tests;

public sealed class SubscriptionStateTests
{
    private static readonly WebhookOptions Options = new() { DisableAfter = TimeSpan.FromHours(6) };
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 7, 18, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_subscription_failing_for_the_configured_period_is_disabled()
    {
        var state = NewState(out var entry);
        var failed = new DeliveryAttempt(500, null, "The endpoint answered 500.");

        state.Record(entry, failed, _time.GetUtcNow(), Options).Should().Be(WebhookDeliveryOutcome.WillRetry);
        _time.Advance(TimeSpan.FromHours(5));
        state.Record(state.Outbox[0], failed, _time.GetUtcNow(), Options).Should().Be(WebhookDeliveryOutcome.WillRetry);
        _time.Advance(TimeSpan.FromHours(1));
        state.Record(state.Outbox[0], failed, _time.GetUtcNow(), Options).Should().Be(WebhookDeliveryOutcome.Disabled);

        state.Enabled.Should().BeFalse();
        state.DisabledReason.Should().Contain("failed since");
        state.Outbox.Should().ContainSingle("a disabled subscription keeps what it could not deliver");
    }

    [Fact]
    public void A_success_ends_the_failing_period()
    {
        var state = NewState(out var entry);
        state.Record(entry, new DeliveryAttempt(503, null, "down"), _time.GetUtcNow(), Options);
        _time.Advance(TimeSpan.FromHours(5));

        state.Record(state.Outbox[0], new DeliveryAttempt(204, null, null), _time.GetUtcNow(), Options).Should().Be(WebhookDeliveryOutcome.Delivered);

        state.FailingSince.Should().BeNull();
        state.Outbox.Should().BeEmpty();
        state.Log.Select(l => l.Outcome).Should().Equal(WebhookDeliveryOutcome.Delivered, WebhookDeliveryOutcome.WillRetry);
    }

    private WebhookSubscriptionState NewState(out OutboxEntry entry)
    {
        entry = new OutboxEntry(new WebhookEvent("msg_all_1_x", "divergence.detected", 1, _time.GetUtcNow(), "s", null, "quantity", "{}"), 0, _time.GetUtcNow());
        var state = new WebhookSubscriptionState { Enabled = true, Settings = new WebhookRequest("https://example.org", null, null, null).ToSettings() };
        state.Outbox.Add(entry);
        return state;
    }
}
