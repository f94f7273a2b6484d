namespace Monitor.Analysis;

/// <summary>
/// The facts of one kind and unit in a story ("day", "number", "amount ($)"), aligned across outlets. Two facts of
/// different outlets are linked when their sentences are alike; linked facts of compatible values make a group,
/// which is a consensus once two independent sources are in it. Two facts are a divergence only when each is
/// the other's best-aligned fact, their values are a near miss (a day or two, a year, within a tenth), and
/// they share words next to the value. Every view is a function of the set of facts, not of their order.
/// </summary>
internal sealed class FactBucket(string slot)
{
    private const double LinkFloor = 0.12;
    // Two outlets giving the very same uncommon figure ("396-9", "$5.4 million", "at least 544") need fewer words in common;
    // two that put something at the same town or site in one story need none.
    private const double SpecificFloor = 0.04;
    private const double AgreeFloor = 0.15;
    private const int MaxQuotes = 5;

    private readonly List<FactItem> _items = [];
    private FactViews? _views;
    // While a bucket is grouped: its groups by their first items, and lists for their items, lent a group and taken back
    // once the views are made. A thread's, so a bucket keeps none between articles.
    [ThreadStatic]
    private static List<FactItem>? t_groups;
    [ThreadStatic]
    private static Stack<List<FactItem>>? t_lists;

    public string Slot { get; } = slot;

    /// <summary>
    /// A bucket aligns at most this many facts, the first to arrive; later ones change nothing. Aligning costs
    /// the bucket's size, so without a bound a story of thousands of articles would cost more each article.
    /// </summary>
    public const int MaxFacts = 48;

    public void Add(FactItem item)
    {
        if (IsFull)
        {
            return;
        }
        foreach (var other in _items)
        {
            // Facts of different units ("women", "stores", "year-old") are told of one thing only by the very same uncommon figure.
            if (!string.Equals(other.Source, item.Source, StringComparison.Ordinal)
                && (SameUnit(item.Claim.Value, other.Claim.Value) || Specific(item.Claim.Value, other.Claim.Value)))
            {
                var score = item.Context.Similarity(other.Context);
                if (score >= LinkFloor || score >= (Slot == PlaceFacts.Slot || PersonFacts.IsSlot(Slot) ? 0 : SpecificFloor) && Specific(item.Claim.Value, other.Claim.Value))
                {
                    item.Links.Add((other, score));
                    other.Links.Add((item, score));
                }
            }
        }
        _items.Add(item);
        _views = null;
    }

    /// <summary>Whether the bucket aligns no more facts: adding one changes nothing.</summary>
    public bool IsFull => _items.Count >= MaxFacts;

    public FactViews Views() => _views ??= Compute();

    private FactViews Compute()
    {
        foreach (var item in _items)
        {
            item.Ungroup();
        }
        foreach (var item in _items)
        {
            foreach (var (other, score) in item.Links)
            {
                if ((score >= AgreeFloor || Specific(item.Claim.Value, other.Claim.Value)) && Agree(item.Claim.Value, other.Claim.Value))
                {
                    Join(item, other);
                }
            }
        }
        // The groups in the order of their first items' keys, each with its items in arrival order.
        var groups = t_groups ??= [];
        var lists = t_lists ??= [];
        groups.Clear();
        foreach (var item in _items)
        {
            var root = item.Group();
            if (root.Members is null)
            {
                root.Members = lists.TryPop(out var list) ? list : [];
                groups.Add(root);
            }
            root.Members.Add(item);
        }
        groups.Sort(ByKey);
        var views = ViewsOf(groups);
        foreach (var root in groups)
        {
            root.Members!.Clear();
            lists.Push(root.Members);
            root.Members = null;
        }
        groups.Clear();
        return views;
    }

    /// <summary>The divergences and consensus facts of the bucket grouped into <paramref name="groups"/>.</summary>
    private FactViews ViewsOf(List<FactItem> groups)
    {
        List<RankedDivergence>? divergences = null;
        foreach (var item in _items)
        {
            if (item.Rival() is not { } best || string.CompareOrdinal(item.Key, best.Key) > 0 || !ReferenceEquals(best.Rival(), item)
                || !Diverge(item, best))
            {
                continue;
            }
            var (a, b) = (item.Group().Members!, best.Group().Members!);
            if (item.Diverged is not { } diverged || !ReferenceEquals(diverged.Rival, best) || diverged.Members != a.Count + b.Count)
            {
                if (AnOutletOnBothSides(a, b))
                {
                    // An outlet that gives both values tells of two things (a range "40%-42%", a month and the one before it, the day
                    // of an event and the day it was announced): the other outlets' values are of those two things too, not a contradiction.
                    item.Diverged = null;
                    continue;
                }
                var sides = new[] { Side(a), Side(b) };
                if (string.CompareOrdinal(sides[0].Value, sides[1].Value) > 0)
                {
                    (sides[0], sides[1]) = (sides[1], sides[0]);
                }
                item.Diverged = diverged = (best, a.Count + b.Count, new DivergenceView(DivergenceId.For($"{Slot}|{item.Key}"), Name(a.Concat(b)),
                    KindOf(item.Claim.Kind), sides, DivergenceLevel.Of(item.Claim.Value, best.Claim.Value)));
            }
            item.Group().Divergent = true;
            best.Group().Divergent = true;
            var view = diverged.View;
            if (NamesDivergence(divergences, view.Slot))
            {
                view = view with { Slot = $"{view.Slot} ({item.Key})" };
            }
            (divergences ??= []).Add(new RankedDivergence(view, item.Key));
        }
        List<RankedConsensus>? consensus = null;
        foreach (var root in groups)
        {
            var members = root.Members!;
            if (members.Count < 2 || root.Divergent || QuoteFacts.IsSlot(Slot))
            {
                continue;
            }
            if (root.Agreed is not { } agreed || agreed.Members != members.Count)
            {
                root.Agreed = null;
                var independent = Math.Min(Distinct(members, m => m.Source), Distinct(members, m => m.Copy));
                if (independent < 2)
                {
                    continue;
                }
                var side = Side(members);
                root.Agreed = agreed = (members.Count, new RankedConsensus(
                    new ConsensusView(Name(members), side.Value, side.Articles, side.Sources), independent, Lead(members).Claim.Value, Slot));
            }
            if (Slot == PlaceFacts.Slot && Listed(consensus, agreed.Consensus))
            {
                continue; // One place said of one thing in sentences too unlike to join: the story lists it once.
            }
            (consensus ??= []).Add(agreed.Consensus);
        }
        return new FactViews(divergences is null ? [] : divergences, consensus is null ? [] : Unique(consensus));
    }

    private static readonly Comparison<FactItem> ByKey = (a, b) => string.CompareOrdinal(a.Key, b.Key);

    private static bool NamesDivergence(List<RankedDivergence>? divergences, string name)
    {
        if (divergences is null)
        {
            return false;
        }
        foreach (var divergence in divergences)
        {
            if (divergence.View.Slot == name)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a consensus of the same name and value is listed already.</summary>
    private static bool Listed(List<RankedConsensus>? consensus, RankedConsensus candidate)
    {
        if (consensus is null)
        {
            return false;
        }
        foreach (var listed in consensus)
        {
            if (listed.View.Slot == candidate.View.Slot && listed.Value.Key == candidate.Value.Key)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many different texts the members give for <paramref name="of"/> (their outlets, their copies).</summary>
    private static int Distinct(List<FactItem> members, Func<FactItem, string> of)
    {
        var count = 0;
        for (var i = 0; i < members.Count; i++)
        {
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = string.Equals(of(members[i]), of(members[j]), StringComparison.Ordinal);
            }
            count += seen ? 0 : 1;
        }
        return count;
    }

    private static FactItem Lead(List<FactItem> members)
    {
        var lead = members[0];
        foreach (var member in members)
        {
            if (string.CompareOrdinal(member.Key, lead.Key) < 0)
            {
                lead = member;
            }
        }
        return lead;
    }

    /// <summary>
    /// Whether two facts back one value: the same value, or two figures each within the other's rounding. A
    /// bound or a vague figure ("under $1 million", "dozens") agrees only with its like, or it would chain
    /// values that cannot both be true into one group.
    /// </summary>
    private static bool Agree(ClaimValue a, ClaimValue b) =>
        string.Equals(a.Key, b.Key, StringComparison.Ordinal) || a.Point is not null && b.Point is not null && a.Low <= b.High && b.Low <= a.High;

    /// <summary>
    /// The same figure, and not one a story is full of: not a day or a year, not a small count; the same town or site;
    /// or the same age or role of one person.
    /// </summary>
    private bool Specific(ClaimValue a, ClaimValue b) =>
        Slot is not (DayFacts.DaySlot or YearFacts.Slot) && string.Equals(a.Key, b.Key, StringComparison.Ordinal)
        && (PersonFacts.IsSlot(Slot) || a.Low >= MinSpecific || a.Point is { } p && p != Math.Floor(p) || Slot == PlaceFacts.Slot && a.Family is not (PlaceFacts.Country or PlaceFacts.State or PlaceFacts.Region));

    private const double MinSpecific = 13;

    private const int MaxDaysApart = 31;

    /// <summary>A story names each consensus fact once: a name two groups share gets the value, then the group's place.</summary>
    private static List<RankedConsensus> Unique(List<RankedConsensus> consensus)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < consensus.Count; i++)
        {
            var view = consensus[i].View;
            var name = names.Contains(view.Slot) ? $"{view.Slot} ({view.Value})" : view.Slot;
            name = names.Contains(name) ? $"{name} #{i}" : name;
            names.Add(name);
            consensus[i] = consensus[i] with { View = view with { Slot = name } };
        }
        return consensus;
    }

    /// <summary>
    /// Two aligned facts of different outlets that cannot both be true, and close enough to be told of the same
    /// thing: a near miss (the next day, the next year, within a tenth) with words in common next to the value.
    /// A fact with a unit of its own ("pages", "women") is aligned by that unit already; a bare day, a sum of
    /// dollars or a percentage needs sentences more alike, for a story has many of each.
    /// </summary>
    private bool Diverge(FactItem a, FactItem b)
    {
        var (x, y) = (a.Claim.Value, b.Claim.Value);
        if (x.IsCompatibleWith(y) || ReferenceEquals(a.Group(), b.Group()))
        {
            return false;
        }
        var (score, near) = (a.ScoreWith(b), a.Context.SharedNear(b.Context));
        if (Slot == DayFacts.DateSlot)
        {
            // A date or a span of days ("last week", "mid May"): a month apart at most.
            return Math.Max(x.Low!.Value, y.Low!.Value) - Math.Min(x.High!.Value, y.High!.Value) <= MaxDaysApart && score >= 0.25 && near >= 1;
        }
        if (Slot == PlaceFacts.Slot)
        {
            // Two towns, two sites, two states for one happening: only sentences much alike, with a word beside the place in common.
            return x.Family is PlaceFacts.Town or PlaceFacts.Site && score >= PlaceFloor && near >= 2 && a.Context.SharesClose(b.Context)
                && !NamesBoth(a.Source, y.Key) && !NamesBoth(b.Source, x.Key);
        }
        if (WinnerFacts.IsSlot(Slot))
        {
            return WinnerFacts.Diverge(Slot, a.Claim, b.Claim, score, near);
        }
        if (Slot == PersonFacts.RoleSlot)
        {
            return false;
        }
        if (QuoteFacts.IsSlot(Slot))
        {
            return QuoteFacts.Diverge(a.Claim, b.Claim);
        }
        if (x.Point is not { } p || y.Point is not { } q)
        {
            return false;
        }
        return Slot switch
        {
            DayFacts.DaySlot => Math.Min((p - q + 7) % 7, (q - p + 7) % 7) == 1 && score >= 0.45 && near >= 2 && a.Context.SharesClose(b.Context)
                && !a.Context.NamesOtherMonthsThan(b.Context),
            YearFacts.Slot => Math.Abs(p - q) <= 1 && score >= 0.3 && (a.Context.SharesClose(b.Context) || a.Context.Overlap(b.Context) >= 0.4),
            FigureFacts.MoneySlot or FigureFacts.PercentSlot or FigureFacts.VoteSlot => NearFigure(p, q) && score >= 0.4 && near >= 1,
            _ => NearFigure(p, q) && score >= 0.2 && near >= 1,
        };
    }

    private const double PlaceFloor = 0.45;

    /// <summary>Whether the outlet gives the place <paramref name="key"/> anywhere in the story: then it knows both places, and tells of two.</summary>
    private bool NamesBoth(string source, string key) =>
        _items.Exists(i => string.Equals(i.Source, source, StringComparison.Ordinal) && string.Equals(i.Claim.Value.Key, key, StringComparison.Ordinal));

    private static bool AnOutletOnBothSides(List<FactItem> a, List<FactItem> b) =>
        a.Select(m => m.Source).ToHashSet(StringComparer.Ordinal).Overlaps(b.Select(m => m.Source));

    private static bool SameUnit(ClaimValue a, ClaimValue b) =>
        a.Family is null || b.Family is null || string.Equals(a.Family, b.Family, StringComparison.Ordinal);

    private static bool NearFigure(double p, double q) => Math.Abs(p - q) <= 0.1 * Math.Max(Math.Abs(p), Math.Abs(q));

    private static SideView Side(List<FactItem> members)
    {
        var ordered = members.OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        var quotes = ordered.Select(m => m.Claim.Quote).Distinct(StringComparer.Ordinal).Take(MaxQuotes).ToList();
        return new SideView(
            ordered[0].Claim.Value.Text,
            [.. ordered.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal)],
            [.. ordered.Select(m => m.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            quotes);
    }

    /// <summary>The slot a reader sees: the kind and the words most of the facts have next to their value ("day: house motto resolution").</summary>
    private string Name(IEnumerable<FactItem> members)
    {
        if (PersonFacts.IsSlot(Slot))
        {
            return Slot; // The value names the person: "Ann Holt, 43".
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var word in member.Context.Near)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }
        var words = counts.Where(c => c.Value >= 2).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(3).Select(c => c.Key).Order(StringComparer.Ordinal);
        var about = string.Join(' ', words);
        return about.Length == 0 ? Slot : $"{Slot}: {about}";
    }

    private static string KindOf(ClaimKind kind) => kind.ToString().ToLowerInvariant();

    private static void Join(FactItem a, FactItem b)
    {
        var (x, y) = (a.Group(), b.Group());
        if (ReferenceEquals(x, y))
        {
            return;
        }
        // The smaller key is the root, so a group is named by its first fact whatever the order of joins.
        if (string.CompareOrdinal(x.Key, y.Key) < 0)
        {
            y.Parent = x;
        }
        else
        {
            x.Parent = y;
        }
    }
}

internal sealed record RankedDivergence(DivergenceView View, string Key);

/// <summary>A consensus fact with how many independent sources back it, its value and the bucket it is of.</summary>
internal sealed record RankedConsensus(ConsensusView View, int Sources, ClaimValue Value, string Bucket)
{
    /// <summary>
    /// Whether it goes before the story's slot claims: a figure, a day, a year does; a place or a person's role does
    /// not, for a story names many in passing ("a rally in Ohio") and few are what it is about.
    /// </summary>
    public bool First => Bucket is not (PlaceFacts.Slot or PersonFacts.RoleSlot);
}

internal sealed record FactViews(IReadOnlyList<RankedDivergence> Divergences, IReadOnlyList<RankedConsensus> Consensus);
