namespace Monitor.Analysis;

/// <summary>The values claimed for one slot of one story, grouped by normalised value.</summary>
internal sealed class SlotLedger(string slot)
{
    // The groups in key order, the order their sides and a tie for the lead go by; found by key in the map.
    private readonly List<ValueGroup> _groups = [];
    private readonly Dictionary<string, ValueGroup> _groupByKey = new(StringComparer.Ordinal);
    // The conflicting groups as of the last claim: asked for several times between two claims, found once.
    private readonly List<ValueGroup> _conflicting = [];
    private bool _conflictingFound;
    // Whether two conflicting values of different outlets stay apart even once rounding and vagueness are allowed for.
    private bool _hard;
    // A divergence is named by its slot (a hash): found once, though a divergent slot's view is built at each claim.
    private string? _divergenceId;
    private static readonly string[] KindNames = [.. Enum.GetValues<ClaimKind>().Select(k => k.ToString().ToLowerInvariant())];

    public string Slot { get; } = slot;

    public void Add(ArticleClaims article, Claim claim)
    {
        if (!_groupByKey.TryGetValue(claim.Value.Key, out var group))
        {
            group = new ValueGroup(claim.Value, claim.Kind);
            _groupByKey.Add(claim.Value.Key, group);
            var at = 0;
            while (at < _groups.Count && string.CompareOrdinal(_groups[at].Value.Key, claim.Value.Key) < 0)
            {
                at++;
            }
            _groups.Insert(at, group);
        }
        group.Add(article, claim);
        _conflictingFound = false;
    }

    /// <summary>
    /// Whether adding the claim could end the slot's divergence. Values that conflict keep
    /// conflicting, and a new value only adds conflicts, so only a group whose shown value the claim
    /// would replace can change that: then the view from before must be kept for the change.
    /// </summary>
    public bool MayResolve(ArticleClaims article, Claim claim) =>
        _groupByKey.TryGetValue(claim.Value.Key, out var group) && group.WouldShowValueOf(article.ArticleId);

    /// <summary>Two or more values that cannot both be true, each with its sources and quotes.</summary>
    public DivergenceView? Divergence(int maxArticles = int.MaxValue)
    {
        var conflicting = Conflicting();
        if (conflicting.Count < 2)
        {
            return null;
        }
        var sides = new SideView[conflicting.Count];
        for (var i = 0; i < sides.Length; i++)
        {
            sides[i] = conflicting[i].ToSide(maxArticles);
        }
        return new DivergenceView(_divergenceId ??= DivergenceId.For(Slot), Slot, KindNames[(int)conflicting[0].Kind], sides,
            _hard ? DivergenceLevel.Hard : DivergenceLevel.Soft);
    }

    /// <summary>A value backed by at least two independent sources with no incompatible value.</summary>
    public ConsensusView? Consensus(int maxArticles = int.MaxValue) => Leader()?.ToConsensus(Slot, maxArticles);

    /// <summary>
    /// What a change would tell, in a few numbers. Who says what is the news: another article from an
    /// outlet already counted changes no side (the story's summary still counts it), so a divergence or
    /// consensus that outlets keep repeating does not flood subscribers. Comparing it before and after an
    /// article costs the number of values of the slot, not the number of articles. A group's outlets
    /// only grow, so their count tells whether they changed.
    /// </summary>
    public SlotState State()
    {
        var conflicting = Conflicting();
        ShownValue[]? divergence = null;
        if (conflicting.Count >= 2)
        {
            divergence = new ShownValue[conflicting.Count];
            for (var i = 0; i < divergence.Length; i++)
            {
                divergence[i] = new ShownValue(conflicting[i].Value.Text, conflicting[i].Sources.Count);
            }
        }
        var leader = Leader();
        return new SlotState(divergence, leader is null ? null : new ShownValue(leader.Value.Text, leader.Sources.Count), _hard);
    }

    public bool Diverges => Conflicting().Count >= 2;

    /// <summary>The groups whose value some other group's value cannot be true with, in key order.</summary>
    private List<ValueGroup> Conflicting()
    {
        if (!_conflictingFound)
        {
            _conflicting.Clear();
            _hard = false;
            foreach (var group in _groups)
            {
                if (ConflictsWithAnother(group))
                {
                    _conflicting.Add(group);
                }
            }
            _conflictingFound = true;
        }
        return _conflicting;
    }

    /// <summary>
    /// A value conflicts with another it cannot be true with, given by another outlet: one outlet's own later
    /// figure (4 killed, then 6) updates its value and contradicts nobody. A conflict that stands once rounding
    /// and vagueness are allowed for makes the slot's divergence hard.
    /// </summary>
    private bool ConflictsWithAnother(ValueGroup group)
    {
        var conflicts = false;
        foreach (var other in _groups)
        {
            if (!ReferenceEquals(group, other) && !group.Value.IsCompatibleWith(other.Value) && !OneOutlet(group, other))
            {
                conflicts = true;
                _hard |= !group.Value.IsLooselyCompatibleWith(other.Value);
            }
        }
        return conflicts;
    }

    private static bool OneOutlet(ValueGroup a, ValueGroup b) =>
        a.Sources.Count == 1 && b.Sources.Count == 1 && a.Sources.SequenceEqual(b.Sources, StringComparer.Ordinal);

    private ValueGroup? Leader()
    {
        if (_groups.Count == 0 || Diverges)
        {
            return null;
        }
        // The most independent sources; on a tie the first in key order, which is the groups' own order.
        ValueGroup? best = null;
        foreach (var group in _groups)
        {
            if (best is null || group.IndependentSources > best.IndependentSources)
            {
                best = group;
            }
        }
        return best!.IndependentSources >= 2 ? best : null;
    }

    /// <summary>
    /// Brings the story's stance totals up to date with this slot: each source of each value stands
    /// with the best-supported value or not. Only what moved since the last count is counted again: the
    /// sources a value gained, and the sources of a value that turned for or against the leader (a new
    /// leader, a new shown value, or none), so one more article costs the slot's values, not its sources.
    /// </summary>
    public void CountStances(StanceTotals totals)
    {
        var leader = StanceLeader();
        foreach (var group in _groups)
        {
            var sources = group.SourcesByArrival;
            var (counted, agreed) = group.CountedStances;
            if (leader is null)
            {
                for (var i = 0; i < counted; i++)
                {
                    totals.Move(sources[i], agreed ? -1 : 0, -1);
                }
                group.CountedStances = (0, false);
                continue;
            }
            var agrees = group.Value.IsCompatibleWith(leader.Value);
            if (agrees != agreed)
            {
                for (var i = 0; i < counted; i++)
                {
                    totals.Move(sources[i], agrees ? 1 : -1, 0);
                }
            }
            for (var i = counted; i < sources.Count; i++)
            {
                totals.Move(sources[i], agrees ? 1 : 0, 1);
            }
            group.CountedStances = (sources.Count, agrees);
        }
    }

    /// <summary>
    /// What a source's stance is measured against: the value with the most independent sources, at least
    /// two, when no other has as many. Unlike the consensus leader it stands through a divergence.
    /// </summary>
    private ValueGroup? StanceLeader()
    {
        ValueGroup? best = null;
        var tied = false;
        foreach (var group in _groups)
        {
            if (best is null || group.IndependentSources > best.IndependentSources)
            {
                (best, tied) = (group, false);
            }
            else if (group.IndependentSources == best.IndependentSources)
            {
                tied = true;
            }
        }
        return best is null || tied || best.IndependentSources < 2 ? null : best;
    }
}
