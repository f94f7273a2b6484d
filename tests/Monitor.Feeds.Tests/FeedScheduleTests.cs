using Microsoft.Extensions.Time.Testing;

namespace Monitor.Feeds.Tests;

public sealed class FeedScheduleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_feed_never_polled_is_due_now()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 7, 18, 0, 0, 0, TimeSpan.Zero));

        FeedSchedule.NextPollAt(new FeedState("https://a.example/f", null, Interval), time.GetUtcNow()).Should().Be(time.GetUtcNow());
    }

    [Fact]
    public void A_good_poll_waits_its_own_interval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 7, 18, 0, 0, 0, TimeSpan.Zero));
        var feed = new FeedState("https://a.example/f", null, Interval, LastPoll: time.GetUtcNow());
        time.Advance(TimeSpan.FromMinutes(4));

        var next = FeedSchedule.NextPollAt(feed, time.GetUtcNow());

        next.Should().Be(feed.LastPoll!.Value + Interval);
        (next <= time.GetUtcNow()).Should().BeFalse();
    }

    [Fact]
    public void Failures_back_off_exponentially_up_to_a_cap()
    {
        var delays = Enumerable.Range(0, 12).Select(f => FeedSchedule.Delay(Interval, f)).ToList();

        delays.Take(4).Should().Equal(Interval, Interval * 2, Interval * 4, Interval * 8);
        delays.Should().BeInAscendingOrder();
        delays[^1].Should().Be(FeedSchedule.MaxBackoff);
    }

    [Fact]
    public void A_failed_feed_is_not_due_before_its_backoff()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 7, 18, 0, 0, 0, TimeSpan.Zero));
        var feed = new FeedState("https://a.example/f", null, Interval, LastPoll: time.GetUtcNow(), Failures: 3);

        time.Advance(Interval * 7);
        (FeedSchedule.NextPollAt(feed, time.GetUtcNow()) <= time.GetUtcNow()).Should().BeFalse();
        time.Advance(Interval);
        (FeedSchedule.NextPollAt(feed, time.GetUtcNow()) <= time.GetUtcNow()).Should().BeTrue();
    }
}
