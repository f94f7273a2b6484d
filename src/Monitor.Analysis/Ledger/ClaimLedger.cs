namespace Monitor.Analysis;

/// <summary>
/// A story's claims: per slot, value to supporting sources. Adding an article touches only the
/// slots its own claims name, so the cost depends on the article, not on the story's size.
/// </summary>
public sealed class ClaimLedger(int versionBase = 0)
{
    // Found by name at each claim; put in order only for the views, asked for far less often.
    private readonly Dictionary<string, SlotLedger> _slots = new(StringComparer.Ordinal);
    private readonly HashSet<string> _articles = new(StringComparer.Ordinal);

    public int ArticleCount => _articles.Count;

    /// <summary>
    /// The version the stances are stamped with: one more with each article, and never lower than a
    /// ledger this one was rebuilt from (a story that gave up articles to another), so a source takes
    /// the stance of the story as it is now over one it held before.
    /// </summary>
    public int Version => versionBase + _articles.Count;

    /// <summary>A change names at most this many articles a side; the story's own view names them all.</summary>
    public const int MaxArticlesInChange = 50;

    private readonly StanceTotals _stances = new();

    private readonly FactLedger _facts = new();

    /// <summary>A story lists this many consensus facts at most, those the most independent sources back first.</summary>
    public const int MaxConsensus = 8;

    // The slots claimed since the stances were last counted.
    private readonly HashSet<SlotLedger> _staleStances = [];

    private int _slotDivergences;
    private int _hardSlotDivergences;

    public int DivergenceCount => _slotDivergences + _facts.DivergenceCount;

    /// <summary>The divergences whose values cannot both be true: what a story list counts, as the story page's badge does.</summary>
    public int HardDivergenceCount => _hardSlotDivergences + _facts.HardDivergenceCount;

    public IReadOnlyList<LedgerChange> Add(ArticleClaims article)
    {
        if (!_articles.Add(article.ArticleId))
        {
            return [];
        }
        List<LedgerChange>? changes = null;
        _facts.Add(article, ref changes);
        var claims = article.Claims;
        // The slots in the order they are first claimed, each with its claims in order.
        for (var first = 0; first < claims.Count; first++)
        {
            var slotName = claims[first].Slot;
            if (claims[first].Context is not null || ClaimedBefore(claims, first))
            {
                continue;
            }
            if (!_slots.TryGetValue(slotName, out var slot))
            {
                slot = new SlotLedger(slotName);
                _slots.Add(slotName, slot);
            }
            var before = slot.State();
            var divergenceBefore = before.Diverges && MayResolve(slot, article, first) ? slot.Divergence(MaxArticlesInChange) : null;
            for (var i = first; i < claims.Count; i++)
            {
                if (claims[i].Context is null && string.Equals(claims[i].Slot, slotName, StringComparison.Ordinal))
                {
                    slot.Add(article, claims[i]);
                }
            }
            Compare(slot, before, divergenceBefore, slot.State(), ref changes);
            _staleStances.Add(slot);
        }
        return changes ?? [];
    }

    /// <summary>
    /// What independent sources agree on, at most <see cref="MaxConsensus"/>, in slot order: general facts first, then
    /// places and slot claims, the most sources first, a place before a slot claim of as many sources; a person's role
    /// last, for the roles of the people a story names are many, and few are what it is about.
    /// </summary>
    public IReadOnlyList<ConsensusView> Consensus() =>
        [.. SlotsInOrder().Select(s => s.Consensus()).OfType<ConsensusView>().Select(c => (View: c, Sources: c.Sources.Count, Fact: false, Place: false, Role: false))
            .Concat(_facts.Consensus().Select(c => (c.View, c.Sources, Fact: c.First, Place: c.Bucket == PlaceFacts.Slot, Role: c.Bucket == PersonFacts.RoleSlot)))
            .OrderByDescending(c => c.Fact).ThenBy(c => c.Role).ThenByDescending(c => c.Sources).ThenByDescending(c => c.Place)
            .ThenBy(c => c.View.Slot, StringComparer.Ordinal).ThenBy(c => c.View.Value, StringComparer.Ordinal)
            .Take(MaxConsensus).Select(c => c.View).OrderBy(c => c.Slot, StringComparer.Ordinal)];

    public IReadOnlyList<DivergenceView> Divergences() =>
        [.. SlotsInOrder().Select(s => s.Divergence()).OfType<DivergenceView>().Concat(_facts.Divergences())];

    /// <summary>Per source: in how many slots it stands with the best-supported value, out of how many.</summary>
    public IReadOnlyList<SourceStance> Stances()
    {
        CountStances();
        return _stances.All(Version);
    }

    /// <summary>
    /// Starts watching which sources' stances move: what <see cref="MovedStances"/> reports is measured
    /// from here. Slots claimed before are counted first, so their moves are not reported.
    /// </summary>
    public void WatchStances()
    {
        CountStances();
        _stances.Watch();
    }

    /// <summary>
    /// The stances that moved since <see cref="WatchStances"/>: a source's new or changed stance, then
    /// "none of none" for each source that no longer has one. A source whose stance did not move needs
    /// no word of the article. Only the sources a recount moved are looked at, not all the story's.
    /// </summary>
    public IReadOnlyList<SourceStance> MovedStances()
    {
        CountStances();
        return _stances.Moved(Version);
    }

    private IEnumerable<SlotLedger> SlotsInOrder() => _slots.Values.OrderBy(s => s.Slot, StringComparer.Ordinal);

    /// <summary>Whether the article's claims from <paramref name="first"/> on that name the slot could end its divergence.</summary>
    private static bool MayResolve(SlotLedger slot, ArticleClaims article, int first)
    {
        for (var i = first; i < article.Claims.Count; i++)
        {
            var claim = article.Claims[i];
            if (string.Equals(claim.Slot, slot.Slot, StringComparison.Ordinal) && slot.MayResolve(article, claim))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the claim at <paramref name="index"/> names a slot an earlier claim of the list names.</summary>
    private static bool ClaimedBefore(IReadOnlyList<Claim> claims, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(claims[i].Slot, claims[index].Slot, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Recounts the slots claimed since the stances were last asked for: only those, and only when
    /// asked, so a ledger whose stances nobody reads (an entity's) never counts them. The totals are
    /// sums, so the order the slots are recounted in does not matter; each slot counts again only
    /// what moved in it (see <see cref="SlotLedger.CountStances"/>).
    /// </summary>
    private void CountStances()
    {
        foreach (var slot in _staleStances)
        {
            slot.CountStances(_stances);
        }
        _staleStances.Clear();
        _facts.CountStances(_stances);
    }

    private void Compare(
        SlotLedger slot,
        SlotState before,
        DivergenceView? divergenceBefore,
        SlotState after,
        ref List<LedgerChange>? changes)
    {
        var (wasDivergent, isDivergent) = (before.Diverges, after.Diverges);
        _hardSlotDivergences += (isDivergent && after.Hard ? 1 : 0) - (wasDivergent && before.Hard ? 1 : 0);
        if (!wasDivergent && isDivergent)
        {
            _slotDivergences++;
            (changes ??= []).Add(new LedgerChange(LedgerChangeKind.DivergenceDetected, slot.Slot, slot.Divergence(MaxArticlesInChange), null));
        }
        else if (wasDivergent && !isDivergent)
        {
            _slotDivergences--;
            (changes ??= []).Add(new LedgerChange(LedgerChangeKind.DivergenceResolved, slot.Slot, divergenceBefore, null));
        }
        else if (isDivergent && !before.SameDivergenceAs(after))
        {
            // A soft divergence that turns hard is detected again, now hard: so a subscriber of hard ones hears of it.
            var kind = !before.Hard && after.Hard ? LedgerChangeKind.DivergenceDetected : LedgerChangeKind.DivergenceUpdated;
            (changes ??= []).Add(new LedgerChange(kind, slot.Slot, slot.Divergence(MaxArticlesInChange), null));
        }
        if (before.Consensus != after.Consensus)
        {
            (changes ??= []).Add(new LedgerChange(LedgerChangeKind.ConsensusChanged, slot.Slot, null, slot.Consensus(MaxArticlesInChange)));
        }
    }
}
