namespace Monitor.Analysis;

/// <summary>One article's fact in a story's fact ledger, with its links to other outlets' facts of the same kind and unit.</summary>
internal sealed class FactItem(ArticleClaims article, int index, Claim claim)
{
    public string ArticleId { get; } = article.ArticleId;

    public string Source { get; } = article.Source;

    public string Copy { get; } = article.NearDuplicateKey;

    /// <summary>The article and the fact's place in it: names the fact the same way in any arrival order.</summary>
    public string Key { get; } = $"{article.ArticleId}#{index:D4}";

    public Claim Claim { get; } = claim;

    public FactContext Context { get; } = claim.Context!;

    /// <summary>Other outlets' facts whose sentences are alike enough to be the same fact, with how alike.</summary>
    public List<(FactItem Other, double Score)> Links { get; } = [];

    /// <summary>Set while a bucket is grouped: the first item of this item's group of agreeing facts.</summary>
    public FactItem? Parent { get; set; }

    /// <summary>Set while a bucket is grouped, on a group's first item: the group's items in arrival order.</summary>
    public List<FactItem>? Members { get; set; }

    /// <summary>Set while a bucket is grouped, on a group's first item: whether the group is a side of a divergence.</summary>
    public bool Divergent { get; set; }

    /// <summary>
    /// On a group's first item, the consensus its group made at the last grouping and of how many items. Groups only
    /// merge, so a group with the same first item and as many items is the same group, and makes the same consensus.
    /// </summary>
    public (int Members, RankedConsensus Consensus)? Agreed { get; set; }

    /// <summary>
    /// The divergence this item and its rival made at the last grouping, and how many items their two groups held. Groups
    /// only merge, so with the same rival and as many items they are the same two groups, and make the same divergence.
    /// </summary>
    public (FactItem Rival, int Members, DivergenceView View)? Diverged { get; set; }

    /// <summary>Makes the item a group of its own, before a bucket is grouped again.</summary>
    public void Ungroup()
    {
        Parent = this;
        Members = null;
        Divergent = false;
    }

    public FactItem Group()
    {
        var root = this;
        while (root.Parent is { } up && !ReferenceEquals(up, root))
        {
            root = up;
        }
        return root;
    }

    /// <summary>
    /// The best-aligned fact of another outlet outside this fact's group of agreeing facts: the highest score,
    /// then the smallest key. Two facts that are each other's rival are told of one thing in two ways.
    /// </summary>
    public FactItem? Rival()
    {
        FactItem? best = null;
        var score = double.MinValue;
        var group = Group();
        foreach (var (other, s) in Links)
        {
            if (ReferenceEquals(other.Group(), group))
            {
                continue;
            }
            if (s > score || s == score && string.CompareOrdinal(other.Key, best!.Key) < 0)
            {
                (best, score) = (other, s);
            }
        }
        return best;
    }

    public double ScoreWith(FactItem other)
    {
        foreach (var (item, score) in Links)
        {
            if (ReferenceEquals(item, other))
            {
                return score;
            }
        }
        return 0;
    }
}
