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

    /// <summary>A change names at most this many articles a side; the story's own view names them all.</summary>
    public const int MaxArticlesInChange = 50;

    private readonly Dictionary<string, List<(string Source, bool Agrees)>> _stancesBySlot = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Agrees, int Total)> _stanceBySource = new(StringComparer.Ordinal);

    public int DivergenceCount { get; private set; }

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
            var before = slot.State();
            var divergenceBefore = before.Divergence.Length > 0 ? slot.Divergence(MaxArticlesInChange) : null;
            foreach (var claim in bySlot)
            {
                slot.Add(article, claim);
            }
            Compare(slot, before, divergenceBefore, slot.State(), changes);
            UpdateStances(slot);
        }
        return changes;
    }

    public IReadOnlyList<ConsensusView> Consensus() =>
        [.. _slots.Values.Select(s => s.Consensus()).OfType<ConsensusView>()];

    public IReadOnlyList<DivergenceView> Divergences() =>
        [.. _slots.Values.Select(s => s.Divergence()).OfType<DivergenceView>()];

    /// <summary>Per source: in how many slots it stands with the best-supported value, out of how many.</summary>
    public IReadOnlyList<SourceStance> Stances() =>
        [.. _stanceBySource
            .Where(s => s.Value.Total > 0)
            .Select(s => new SourceStance(s.Key, s.Value.Agrees, s.Value.Total, ArticleCount))];

    /// <summary>
    /// The stances that differ from <paramref name="before"/> (taken before an article was added): a
    /// source's new or changed stance, and "none of none" for a source that no longer has one. A
    /// source whose stance did not move needs no word of the article.
    /// </summary>
    public IReadOnlyList<SourceStance> StancesChangedSince(IReadOnlyList<SourceStance> before)
    {
        var now = Stances();
        var was = before.ToDictionary(s => s.Source, StringComparer.Ordinal);
        var changed = now.Where(s => !was.Remove(s.Source, out var old) || (old.Agrees, old.Total) != (s.Agrees, s.Total)).ToList();
        changed.AddRange(was.Keys.Order(StringComparer.Ordinal).Select(source => new SourceStance(source, 0, 0, ArticleCount)));
        return changed;
    }

    /// <summary>Only the slot the article touched is recounted; the totals per source are kept up to date.</summary>
    private void UpdateStances(SlotLedger slot)
    {
        foreach (var (source, agrees) in _stancesBySlot.GetValueOrDefault(slot.Slot) ?? [])
        {
            var (a, t) = _stanceBySource[source];
            _stanceBySource[source] = (a - (agrees ? 1 : 0), t - 1);
        }
        var stances = slot.Stances().ToList();
        _stancesBySlot[slot.Slot] = stances;
        foreach (var (source, agrees) in stances)
        {
            var (a, t) = _stanceBySource.GetValueOrDefault(source);
            _stanceBySource[source] = (a + (agrees ? 1 : 0), t + 1);
        }
    }

    private void Compare(
        SlotLedger slot,
        (string Divergence, string Consensus) before,
        DivergenceView? divergenceBefore,
        (string Divergence, string Consensus) after,
        List<LedgerChange> changes)
    {
        var (wasDivergent, isDivergent) = (before.Divergence.Length > 0, after.Divergence.Length > 0);
        if (!wasDivergent && isDivergent)
        {
            DivergenceCount++;
            changes.Add(new LedgerChange(LedgerChangeKind.DivergenceDetected, slot.Slot, slot.Divergence(MaxArticlesInChange), null));
        }
        else if (wasDivergent && !isDivergent)
        {
            DivergenceCount--;
            changes.Add(new LedgerChange(LedgerChangeKind.DivergenceResolved, slot.Slot, divergenceBefore, null));
        }
        else if (isDivergent && before.Divergence != after.Divergence)
        {
            changes.Add(new LedgerChange(LedgerChangeKind.DivergenceUpdated, slot.Slot, slot.Divergence(MaxArticlesInChange), null));
        }
        if (before.Consensus != after.Consensus)
        {
            changes.Add(new LedgerChange(LedgerChangeKind.ConsensusChanged, slot.Slot, null, slot.Consensus(MaxArticlesInChange)));
        }
    }
}
