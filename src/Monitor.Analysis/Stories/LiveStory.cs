namespace Monitor.Analysis;

/// <summary>
/// A story that can still take articles: its members, and their unit vectors summed by window of
/// publication time (undated members apart) and genre (opinion pieces apart from news). The mean similarity of an article to every member is
/// the article's dot product with those sums, each times its time and genre factors, over the members
/// in reach: one lookup per term of the article and window, however many members the story has.
/// </summary>
internal sealed class LiveStory(string id, long number, StoryClustering settings)
{
    private static readonly long Width = TimeSpan.FromHours(6).Ticks;
    private const long Undated = long.MinValue;
    // In order of window, undated first, then news before opinion: the order the sums are added in.
    private readonly List<Bucket> _buckets = [];
    private int _undated;

    public string Id => id;

    /// <summary>The order in which the index first saw the story: what makes walks over stories deterministic.</summary>
    public long Number => number;

    public List<ClusteredArticle> Members { get; } = [];

    /// <summary>The postings keys the story was filed under, so retiring it clears them, and where it is in each.</summary>
    public Dictionary<int, int> PostedKeys { get; } = [];

    /// <summary>The story's number in the postings while it is filed there (see <see cref="StoryPostings"/>); -1 when not.</summary>
    public int Slot { get; set; } = -1;

    public int Count => Members.Count;

    /// <summary>The latest publication time of a dated member, if any.</summary>
    public long? LastTicks { get; private set; }

    /// <summary>The earliest publication time of a dated member, if any.</summary>
    public long? FirstTicks { get; private set; }

    /// <summary>Whether a member of known time could be within <paramref name="gap"/> of an article published at <paramref name="ticks"/> (always, when either time is unknown).</summary>
    public bool InReach(long? ticks, long gap) =>
        ticks is not { } t || _undated > 0 || FirstTicks is not { } first || t >= first - gap && t <= LastTicks + gap;

    /// <summary>The arrival of the last member to join.</summary>
    public long LastArrival { get; private set; }

    public void Add(ClusteredArticle member)
    {
        Members.Add(member);
        member.Story = this;
        BucketOf(member).Change(member, 1);
        _undated += member.Ticks is null ? 1 : 0;
        if (member.Ticks is { } ticks)
        {
            LastTicks = LastTicks is { } last ? Math.Max(last, ticks) : ticks;
            FirstTicks = FirstTicks is { } first ? Math.Min(first, ticks) : ticks;
        }
        LastArrival = Math.Max(LastArrival, member.Arrival);
    }

    public void Remove(ClusteredArticle member)
    {
        Members.Remove(member);
        var at = Find(KeyOf(member));
        var bucket = _buckets[at];
        bucket.Change(member, -1);
        _undated -= member.Ticks is null ? 1 : 0;
        if (bucket.Count == 0)
        {
            _buckets.RemoveAt(at);
        }
    }

    /// <summary>
    /// The mean time-weighted similarity of an article to the members in its reach, leaving the article
    /// itself out when it is one of them; 0 when none is in reach.
    /// </summary>
    public double MeanSimilarity(ClusteredArticle article)
    {
        double sum = 0;
        var count = 0;
        foreach (var bucket in _buckets)
        {
            var factor = settings.TimeFactor(article.Ticks, bucket.Ticks) * settings.GenreFactor(article.Opinion, bucket.Opinion);
            if (factor > 0)
            {
                sum += factor * bucket.Similarity(article, settings.TermShare);
                count += bucket.Count;
            }
        }
        if (article.Story == this)
        {
            sum -= article.SelfSimilarity(settings.TermShare);
            count--;
        }
        return count > 0 ? sum / count : 0;
    }

    /// <summary>The mean time-weighted similarity over every pair of a member of this story and one of the other in reach.</summary>
    public double MeanSimilarity(LiveStory other)
    {
        double sum = 0;
        long pairs = 0;
        foreach (var mine in _buckets)
        {
            foreach (var theirs in other._buckets)
            {
                var factor = settings.TimeFactor(mine.Ticks, theirs.Ticks) * settings.GenreFactor(mine.Opinion, theirs.Opinion);
                if (factor > 0)
                {
                    sum += factor * mine.Similarity(theirs, settings.TermShare);
                    pairs += (long)mine.Count * theirs.Count;
                }
            }
        }
        return pairs > 0 ? sum / pairs : 0;
    }

    private Bucket BucketOf(ClusteredArticle member)
    {
        var key = KeyOf(member);
        var at = Find(key);
        if (at >= 0)
        {
            return _buckets[at];
        }
        var bucket = new Bucket(key, key.Window == Undated ? null : key.Window * Width + Width / 2, member);
        _buckets.Insert(~at, bucket);
        return bucket;
    }

    /// <summary>Where the bucket of <paramref name="key"/> is, or the complement of where it would go.</summary>
    private int Find((long Window, bool Opinion) key)
    {
        var at = 0;
        while (at < _buckets.Count && _buckets[at].Key.CompareTo(key) < 0)
        {
            at++;
        }
        return at < _buckets.Count && _buckets[at].Key == key ? at : ~at;
    }

    private static (long Window, bool Opinion) KeyOf(ClusteredArticle member) => (member.Ticks is { } ticks ? ticks / Width : Undated, member.Opinion);

    /// <summary>The summed vectors of the members of one genre published in one window.</summary>
    /// <remarks>Its sums are sized for its first member's vectors: most buckets hold one member, or members of one story alike in words.</remarks>
    private sealed class Bucket((long Window, bool Opinion) key, long? ticks, ClusteredArticle first)
    {
        private readonly IdSums _terms = new(first.Terms.Length);
        private readonly IdSums _entities = new(first.Entities.Length);

        public (long Window, bool Opinion) Key => key;

        public long? Ticks => ticks;

        public bool Opinion => key.Opinion;

        public int Count { get; private set; }

        public void Change(ClusteredArticle member, int sign)
        {
            Count += sign;
            _terms.Add(member.Terms, member.Weights, sign);
            _entities.Add(member.Entities, member.EntityWeights, sign);
        }

        public double Similarity(ClusteredArticle article, double termShare) =>
            termShare * _terms.Dot(article.Terms, article.Weights) + (1 - termShare) * _entities.Dot(article.Entities, article.EntityWeights);

        public double Similarity(Bucket other, double termShare) =>
            termShare * _terms.Dot(other._terms) + (1 - termShare) * _entities.Dot(other._entities);
    }
}
