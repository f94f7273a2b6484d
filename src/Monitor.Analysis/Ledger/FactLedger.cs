namespace Monitor.Analysis;

/// <summary>
/// A story's general facts (days, years, quantities with their units), kept per kind and unit. An article
/// touches only the buckets its own facts fall in; what it changed is told by comparing those buckets'
/// views before and after it.
/// </summary>
internal sealed class FactLedger
{
    private readonly Dictionary<string, FactBucket> _buckets = new(StringComparer.Ordinal);
    private readonly HashSet<FactBucket> _staleStances = [];
    // The buckets an article being added touched, with their views from before it: kept to be reused.
    private readonly List<(FactBucket Bucket, FactViews Before)> _touched = [];
    // Per bucket, the stances it last added to the story's totals.
    private readonly Dictionary<FactBucket, Dictionary<string, (int Agrees, int Total)>> _countedStances = [];

    public int DivergenceCount { get; private set; }

    /// <summary>The divergences of <see cref="DivergenceCount"/> that are hard.</summary>
    public int HardDivergenceCount { get; private set; }

    /// <summary>Adds an article's facts (the claims with a context), and tells what changed.</summary>
    public void Add(ArticleClaims article, ref List<LedgerChange>? changes)
    {
        var claims = article.Claims;
        _touched.Clear();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Context is null)
            {
                continue;
            }
            if (!_buckets.TryGetValue(claim.Slot, out var bucket))
            {
                _buckets.Add(claim.Slot, bucket = new FactBucket(claim.Slot));
            }
            if (bucket.IsFull)
            {
                continue; // Nothing the bucket shows can change.
            }
            if (!Touched(bucket))
            {
                _touched.Add((bucket, bucket.Views()));
            }
            bucket.Add(new FactItem(article, i, claim));
        }
        foreach (var (bucket, before) in _touched)
        {
            Compare(before, bucket.Views(), ref changes);
            _staleStances.Add(bucket);
        }
        _touched.Clear();
    }

    private bool Touched(FactBucket bucket)
    {
        foreach (var (touched, _) in _touched)
        {
            if (ReferenceEquals(touched, bucket))
            {
                return true;
            }
        }
        return false;
    }

    public IEnumerable<DivergenceView> Divergences() =>
        _buckets.Values.SelectMany(b => b.Views().Divergences).OrderBy(d => d.View.Slot, StringComparer.Ordinal).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => d.View);

    public IEnumerable<RankedConsensus> Consensus() => _buckets.Values.SelectMany(b => b.Views().Consensus);

    /// <summary>
    /// Brings the story's stance totals up to date with the buckets changed since the last count: a source in a
    /// consensus agrees; in a divergence, the sources of the side most sources take agree and the others do not.
    /// Each bucket's share is taken out and put back whole, so the totals depend on the facts, not their order.
    /// </summary>
    public void CountStances(StanceTotals totals)
    {
        foreach (var bucket in _staleStances)
        {
            if (_countedStances.TryGetValue(bucket, out var old))
            {
                foreach (var (source, (agrees, total)) in old)
                {
                    totals.Move(source, -agrees, -total);
                }
            }
            var views = bucket.Views();
            if (views.Consensus.Count == 0 && views.Divergences.Count == 0)
            {
                _countedStances.Remove(bucket); // Most buckets: no source stands anywhere in them.
                continue;
            }
            var now = Stances(views);
            foreach (var (source, (agrees, total)) in now)
            {
                totals.Move(source, agrees, total);
            }
            _countedStances[bucket] = now;
        }
        _staleStances.Clear();
    }

    private static Dictionary<string, (int Agrees, int Total)> Stances(FactViews views)
    {
        var stances = new Dictionary<string, (int Agrees, int Total)>(StringComparer.Ordinal);
        void Count(IEnumerable<string> sources, bool agrees)
        {
            foreach (var source in sources)
            {
                var (a, t) = stances.GetValueOrDefault(source);
                stances[source] = (a + (agrees ? 1 : 0), t + 1);
            }
        }
        foreach (var consensus in views.Consensus)
        {
            Count(consensus.View.Sources, true);
        }
        foreach (var divergence in views.Divergences)
        {
            var most = divergence.View.Sides.Max(s => s.Sources.Count);
            var leaders = divergence.View.Sides.Count(s => s.Sources.Count == most);
            foreach (var side in divergence.View.Sides)
            {
                Count(side.Sources, leaders == 1 && side.Sources.Count == most);
            }
        }
        return stances;
    }

    private void Compare(FactViews before, FactViews after, ref List<LedgerChange>? changes)
    {
        if (ReferenceEquals(before, after))
        {
            return;
        }
        HardDivergenceCount += Hard(after.Divergences) - Hard(before.Divergences);
        foreach (var divergence in after.Divergences)
        {
            var view = divergence.View;
            if (Find(before.Divergences, view.Id) is not { } old)
            {
                DivergenceCount++;
                (changes ??= []).Add(new LedgerChange(LedgerChangeKind.DivergenceDetected, view.Slot, view, null));
            }
            else if (!SameSides(old, view))
            {
                // A soft divergence that turns hard is detected again, now hard: so a subscriber of hard ones hears of it.
                var kind = old.Level == DivergenceLevel.Soft && view.Level == DivergenceLevel.Hard
                    ? LedgerChangeKind.DivergenceDetected : LedgerChangeKind.DivergenceUpdated;
                (changes ??= []).Add(new LedgerChange(kind, view.Slot, view, null));
            }
        }
        foreach (var divergence in before.Divergences)
        {
            var gone = divergence.View;
            if (Find(after.Divergences, gone.Id) is null)
            {
                DivergenceCount--;
                (changes ??= []).Add(new LedgerChange(LedgerChangeKind.DivergenceResolved, gone.Slot, gone, null));
            }
        }
        foreach (var consensus in after.Consensus)
        {
            if (!Agreed(before.Consensus, consensus.View))
            {
                (changes ??= []).Add(new LedgerChange(LedgerChangeKind.ConsensusChanged, consensus.View.Slot, null, consensus.View));
            }
        }
    }

    private static int Hard(IReadOnlyList<RankedDivergence> divergences)
    {
        var hard = 0;
        foreach (var divergence in divergences)
        {
            hard += divergence.View.Level == DivergenceLevel.Hard ? 1 : 0;
        }
        return hard;
    }

    private static DivergenceView? Find(IReadOnlyList<RankedDivergence> divergences, string id)
    {
        foreach (var divergence in divergences)
        {
            if (string.Equals(divergence.View.Id, id, StringComparison.Ordinal))
            {
                return divergence.View;
            }
        }
        return null;
    }

    /// <summary>Whether a consensus of the same name and value, with as many sources, was there before.</summary>
    private static bool Agreed(IReadOnlyList<RankedConsensus> before, ConsensusView view)
    {
        foreach (var consensus in before)
        {
            var old = consensus.View;
            if (old.Slot == view.Slot && old.Value == view.Value && old.Sources.Count == view.Sources.Count)
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameSides(DivergenceView a, DivergenceView b) =>
        a.Level == b.Level && a.Sides.Count == b.Sides.Count && a.Sides.Zip(b.Sides).All(p => p.First.Value == p.Second.Value && p.First.Sources.Count == p.Second.Sources.Count);
}
