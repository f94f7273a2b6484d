namespace Monitor.Grains;

/// <summary>
/// When a grain's summary change (story.updated, entity.updated, source.updated) may go. A summary restates counts
/// that every article moves: unpaced, a much-named entity writes, numbers and pushes one an article,
/// most of the change log under load, and a page showing the entity fetches it again each time. The
/// first summary after a quiet spell goes at once; those that follow within the interval
/// are held and go as one when it ends, telling the latest counts. Nothing is lost by holding one:
/// the events behind the counts are in the grain's stream, and the held summary supersedes the rest.
/// </summary>
internal sealed class SummaryPacer(TimeProvider time, TimeSpan interval)
{
    /// <summary>An entity's or a source's: half a second, so a held summary still reaches a dashboard within a second of the change that moved it.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// A story's: a fiftieth of a second. The story list is what an editor watches while a story
    /// breaks, so its counts may lag a push by no more than that; a story taking in articles faster
    /// (a wire's burst, a replay) still sends fifty summaries a second, not one an article.
    /// </summary>
    public static readonly TimeSpan StoryInterval = TimeSpan.FromMilliseconds(20);

    private DateTimeOffset _sentAt = DateTimeOffset.MinValue;

    /// <summary>Whether a summary is held until the interval ends.</summary>
    public bool Holding { get; private set; }

    /// <summary>How long until a held summary may go.</summary>
    public TimeSpan DueIn
    {
        get
        {
            var left = _sentAt + interval - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Whether a summary may go now; when it may not, it is held (see <see cref="DueIn"/>).</summary>
    public bool TrySend()
    {
        var now = time.GetUtcNow();
        if (now - _sentAt >= interval)
        {
            (_sentAt, Holding) = (now, false);
            return true;
        }
        Holding = true;
        return false;
    }

    /// <summary>Whether a summary was held; it goes now, and the next interval starts.</summary>
    public bool TakeHeld()
    {
        if (!Holding)
        {
            return false;
        }
        (_sentAt, Holding) = (time.GetUtcNow(), false);
        return true;
    }
}
