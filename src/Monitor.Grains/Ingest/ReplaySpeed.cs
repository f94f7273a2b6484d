namespace Monitor.Grains;

/// <summary>
/// What a replay speed means, the same for <c>serve --speed</c>, <c>replay --speed</c> and <c>POST /api/replay</c>:
/// 1 is an article every replay interval (3 s), 10 ten times as often, and 0 (or none) as fast as it goes.
/// </summary>
public static class ReplaySpeed
{
    public const double Max = 1_000_000;
    public const string Rule = "The speed is a number from 0 (as fast as possible) to 1000000; 1 is an article every 3 seconds.";

    /// <summary>Why the speed is refused, or null.</summary>
    public static string? Problem(double speed) => speed is >= 0 and <= Max ? null : Rule;

    /// <summary>The wait between two articles: none at speed 0.</summary>
    public static TimeSpan Interval(TimeSpan replayInterval, double? speed) =>
        speed is > 0 and var s ? replayInterval / s : TimeSpan.Zero;
}
