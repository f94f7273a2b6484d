namespace Monitor.Analysis;

/// <summary>A value as a change tells it: its text, and how many outlets back it.</summary>
internal readonly record struct ShownValue(string Text, int Sources);

/// <summary>
/// What a change would tell of a slot, in a few numbers: the conflicting values and how many outlets
/// back each (none when the slot does not diverge), then the consensus value and its outlets (none
/// without a consensus), and whether the divergence is hard. Compared before and after an article, it tells what the
/// article changed.
/// </summary>
internal readonly struct SlotState(ShownValue[]? divergence, ShownValue? consensus, bool hard)
{
    private readonly ShownValue[]? _divergence = divergence;

    public bool Diverges => _divergence is not null;

    public bool Hard { get; } = hard && divergence is not null;

    public ShownValue? Consensus { get; } = consensus;

    public bool SameDivergenceAs(SlotState other) => Hard == other.Hard && _divergence.AsSpan().SequenceEqual(other._divergence);
}
