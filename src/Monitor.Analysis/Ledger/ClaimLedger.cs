namespace Monitor.Analysis;

/// <summary>
/// A story's claims: per slot, value to supporting sources. Adding an article touches only the
/// slots its own claims name, so the cost depends on the article, not on the story's size.
/// </summary>
public sealed class ClaimLedger
{
    private readonly SortedDictionary<string, SlotLedger> _slots = new(StringComparer.Ordinal);
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);

    public int ArticleCount => _articles.Count;

    public IReadOnlyList<LedgerChange> Add(ArticleClaims article)
    {
        if (!_articles.Add(article.ArticleId))
        {
            return [];
        }
        var changes = new List<LedgerChange>();
        foreach (var bySlot in article.Claims.GroupBy(c => c.Slot, StringComparer.Ordinal))
        {
            if (!_slots.TryGetValue(bySlot.Key, out var slot))
            {
                slot = new SlotLedger(bySlot.Key);
                _slots.Add(bySlot.Key, slot);
            }
            var divergenceBefore = slot.Divergence();
            var consensusBefore = slot.Consensus();
            foreach (var claim in bySlot)
            {
                slot.Add(article, claim);
            }
            Compare(slot.Slot, divergenceBefore, slot.Divergence(), consensusBefore, slot.Consensus(), changes);
        }
        return changes;
    }

    public IReadOnlyList<ConsensusView> Consensus() =>
        [.. _slots.Values.Select(s => s.Consensus()).OfType<ConsensusView>()];

    public IReadOnlyList<DivergenceView> Divergences() =>
        [.. _slots.Values.Select(s => s.Divergence()).OfType<DivergenceView>()];

    /// <summary>Per source: in how many slots it stands with the best-supported value, out of how many.</summary>
    public IReadOnlyList<SourceStance> Stances() =>
        [.. _slots.Values
            .SelectMany(s => s.Stances())
            .GroupBy(s => s.Source, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SourceStance(g.Key, g.Count(s => s.Agrees), g.Count(), ArticleCount))];

    private static void Compare(
        string slot,
        DivergenceView? before,
        DivergenceView? after,
        ConsensusView? consensusBefore,
        ConsensusView? consensusAfter,
        List<LedgerChange> changes)
    {
        if (before is null && after is not null)
        {
            changes.Add(new LedgerChange(LedgerChangeKind.DivergenceDetected, slot, after, null));
        }
        else if (before is not null && after is null)
        {
            changes.Add(new LedgerChange(LedgerChangeKind.DivergenceResolved, slot, before, null));
        }
        else if (before is not null && after is not null && !SameSides(before, after))
        {
            changes.Add(new LedgerChange(LedgerChangeKind.DivergenceUpdated, slot, after, null));
        }
        if (!SameConsensus(consensusBefore, consensusAfter))
        {
            changes.Add(new LedgerChange(LedgerChangeKind.ConsensusChanged, slot, null, consensusAfter));
        }
    }

    private static bool SameSides(DivergenceView a, DivergenceView b) =>
        a.Sides.Count == b.Sides.Count &&
        a.Sides.Zip(b.Sides).All(p => p.First.Value == p.Second.Value && p.First.Articles.SequenceEqual(p.Second.Articles));

    private static bool SameConsensus(ConsensusView? a, ConsensusView? b) =>
        (a, b) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            _ => a.Value == b.Value && a.Articles.SequenceEqual(b.Articles),
        };
}
