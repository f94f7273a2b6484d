using Microsoft.Extensions.Time.Testing;

namespace Monitor.Webhooks.Tests;

public sealed class WebhookRetryPolicyTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 7, 18, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_default_schedule_is_the_specifications()
    {
        new WebhookOptions().EffectiveSchedule.Should().Equal(
            TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
            TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10));
    }

    [Fact]
    public void Each_failure_waits_the_next_delay_of_the_schedule_until_it_is_spent()
    {
        var schedule = WebhookOptions.StandardSchedule;
        var failed = new DeliveryAttempt(500, null, "boom");
        var now = _time.GetUtcNow();

        WebhookRetryPolicy.NextAttemptAt(schedule, 1, failed, now).Should().Be(now + TimeSpan.FromSeconds(5));
        WebhookRetryPolicy.NextAttemptAt(schedule, 2, failed, now).Should().Be(now + TimeSpan.FromMinutes(5));
        WebhookRetryPolicy.NextAttemptAt(schedule, 7, failed, now).Should().Be(now + TimeSpan.FromHours(10));
        WebhookRetryPolicy.NextAttemptAt(schedule, 8, failed, now).Should().BeNull("one attempt and seven retries are all there are");
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public void Retry_after_on_429_and_503_replaces_the_schedule(int status)
    {
        var now = _time.GetUtcNow();
        var attempt = new DeliveryAttempt(status, TimeSpan.FromMinutes(42), "busy");

        WebhookRetryPolicy.NextAttemptAt(WebhookOptions.StandardSchedule, 1, attempt, now).Should().Be(now + TimeSpan.FromMinutes(42));
    }

    [Fact]
    public void Retry_after_is_ignored_on_other_statuses_and_capped_at_a_day()
    {
        var now = _time.GetUtcNow();

        WebhookRetryPolicy.NextAttemptAt(WebhookOptions.StandardSchedule, 1, new DeliveryAttempt(500, TimeSpan.FromMinutes(42), "x"), now)
            .Should().Be(now + TimeSpan.FromSeconds(5));
        WebhookRetryPolicy.NextAttemptAt(WebhookOptions.StandardSchedule, 1, new DeliveryAttempt(429, TimeSpan.FromDays(30), "x"), now)
            .Should().Be(now + WebhookRetryPolicy.MaxRetryAfter);
    }
}
