using Microsoft.Extensions.Time.Testing;

namespace Monitor.Grains.Tests;

/// <summary>A grain's summary goes at once after a quiet spell; those that follow within the interval are held and go as one.</summary>
public sealed class SummaryPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 7, 18, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_first_summary_goes_at_once_and_the_next_within_the_interval_is_held_until_it_ends()
    {
        var pacer = new SummaryPacer(_time, SummaryPacer.Interval);

        pacer.TrySend().Should().BeTrue();
        pacer.Holding.Should().BeFalse();

        _time.Advance(TimeSpan.FromMilliseconds(100));
        pacer.TrySend().Should().BeFalse();
        pacer.TrySend().Should().BeFalse();
        pacer.Holding.Should().BeTrue();
        pacer.DueIn.Should().Be(SummaryPacer.Interval - TimeSpan.FromMilliseconds(100));

        _time.Advance(pacer.DueIn);
        pacer.DueIn.Should().Be(TimeSpan.Zero);
        pacer.TakeHeld().Should().BeTrue("the held summaries go as one");
        pacer.TakeHeld().Should().BeFalse();
    }

    [Fact]
    public void A_held_summary_that_went_starts_the_next_interval()
    {
        var pacer = new SummaryPacer(_time, SummaryPacer.Interval);
        pacer.TrySend();
        _time.Advance(TimeSpan.FromMilliseconds(10));
        pacer.TrySend();
        _time.Advance(SummaryPacer.Interval);
        pacer.TakeHeld();

        _time.Advance(TimeSpan.FromMilliseconds(10));
        pacer.TrySend().Should().BeFalse();
        _time.Advance(SummaryPacer.Interval);
        pacer.TrySend().Should().BeTrue("a quiet interval has passed");
        pacer.TakeHeld().Should().BeFalse("a summary that went at once leaves none held");
    }
}
