namespace Monitor.Feeds;

/// <summary>When a feed is next due: its own interval after a good poll, an exponential, capped backoff after failures.</summary>
public static class FeedSchedule
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);

    public static DateTimeOffset NextPollAt(FeedState feed, DateTimeOffset now) =>
        feed.LastPoll is { } last ? last + Delay(feed.Interval, feed.Failures) : now;

    public static TimeSpan Delay(TimeSpan interval, int failures)
    {
        if (failures <= 0)
        {
            return interval;
        }
        var cap = interval > MaxBackoff ? interval : MaxBackoff;
        var factor = Math.Pow(2, Math.Min(failures, 20));
        var delay = interval.TotalSeconds * factor;
        return delay >= cap.TotalSeconds ? cap : TimeSpan.FromSeconds(delay);
    }
}
