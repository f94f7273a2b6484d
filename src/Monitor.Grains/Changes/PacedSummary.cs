using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>
/// A grain's summary change, paced by a <see cref="SummaryPacer"/>: it goes with the commit that
/// moved it, or, held, from a grain timer when the interval ends. Pacing is by time, not by calls,
/// so a grain nobody else is naming still sends its summary at once. The timer ticks once an
/// interval while summaries keep being held, and stops at the first tick with none: a much-named
/// entity starts one timer a busy spell, not one a held summary (timers are shared by the process).
/// </summary>
internal sealed class PacedSummary(IGrainBase grain, TimeProvider time, TimeSpan interval, Func<bool, Task> sendHeld)
{
    private readonly SummaryPacer _pacer = new(time, interval);
    private IGrainTimer? _timer;

    /// <summary>The summary to commit with the change that moved it: none while it is held.</summary>
    public IReadOnlyList<ChangeDraft> Now(Func<ChangeDraft> summary)
    {
        if (_pacer.TrySend())
        {
            return [summary()];
        }
        _timer ??= grain.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(_pacer.DueIn, interval) { Interleave = true });
        return [];
    }

    /// <summary>
    /// Sends a held summary now: the grain is going away and its timer with it. A silo shutting down
    /// has no change hub left to push to, so the summary is only stored, and read from the log.
    /// </summary>
    public async Task FlushAsync(DeactivationReason reason)
    {
        Stop();
        if (_pacer.TakeHeld())
        {
            await sendHeld(reason.ReasonCode != DeactivationReasonCode.ShuttingDown);
        }
    }

    /// <summary>Drops a held summary: the grain says nothing more of its counts (a story merged into another).</summary>
    public void Drop()
    {
        Stop();
        _pacer.TakeHeld();
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (_pacer.TakeHeld())
        {
            await sendHeld(true);
            return;
        }
        Stop();
    }

    private void Stop()
    {
        _timer?.Dispose();
        _timer = null;
    }
}
