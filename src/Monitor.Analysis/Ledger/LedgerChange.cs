namespace Monitor.Analysis;

public enum LedgerChangeKind
{
    DivergenceDetected,
    DivergenceUpdated,
    DivergenceResolved,
    ConsensusChanged,
}

/// <summary>One change an article made to a ledger: what a dashboard or a webhook is told.</summary>
public sealed record LedgerChange(
    LedgerChangeKind Kind,
    string Slot,
    DivergenceView? Divergence,
    ConsensusView? Consensus);
