using System.Security.Cryptography;
using System.Text;

namespace Monitor.Analysis;

/// <summary>
/// Online story clustering: an article links to every story holding an article alike enough to it;
/// it joins the one story it links to, opens a new story when it links to none, and merges the
/// stories it bridges. A story is then a connected part of the "alike enough" graph over articles,
/// which is the same for any arrival order. The bar is higher when publication times are unknown,
/// since close dates are part of the evidence. Candidates come from an inverted index (entity or term
/// to stories), so a decision costs O(terms of the article) lookups. A dated article looks only at
/// the days it could link to (articles further apart than <see cref="SignatureSimilarity.MaxGap"/>
/// never link) and at undated articles, so a common key ("the United States") does not make it
/// compare with every story of every month.
/// </summary>
public sealed class StoryClusterer
{
    public const double JoinThreshold = 0.23;
    public const double UndatedJoinThreshold = 0.37;
    private const int IndexedTerms = 12;
    private readonly Dictionary<string, List<ComparableSignature>> _stories = new(StringComparer.Ordinal);
    private static readonly int WindowDays = (int)Math.Ceiling(SignatureSimilarity.MaxGap.TotalDays);
    private readonly Dictionary<string, HashSet<string>> _storiesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Key, long? Day), HashSet<string>> _storiesByKeyAndDay = [];
    private readonly TermIds _termIds = new();
    private readonly TermIds _entityIds = new();
    private readonly SimilarityProbe _probe = new();

    public IReadOnlyCollection<string> StoryIds => _stories.Keys;

    public StoryDecision Decide(string articleId, StorySignature signature)
    {
        _probe.Load(new ComparableSignature(signature, _termIds, _entityIds));
        var linked = Candidates(signature).Where(id => _stories[id].Any(Links)).ToList();
        if (linked.Count == 0)
        {
            return new StoryDecision(NewStoryId(articleId), true);
        }
        // The largest story keeps its id, so a merge moves as few articles as it can.
        var survivor = linked
            .OrderByDescending(id => _stories[id].Count)
            .ThenBy(id => id, StringComparer.Ordinal)
            .First();
        var absorbed = linked.Where(id => id != survivor).Order(StringComparer.Ordinal).ToList();
        return new StoryDecision(survivor, false, absorbed.Count == 0 ? null : absorbed);
    }

    public void Apply(StoryDecision decision, StorySignature signature)
    {
        if (!_stories.TryGetValue(decision.StoryId, out var members))
        {
            members = [];
            _stories.Add(decision.StoryId, members);
        }
        foreach (var absorbed in decision.Merged)
        {
            if (_stories.Remove(absorbed, out var moved))
            {
                members.AddRange(moved);
                Index(decision.StoryId, moved.Select(m => m.Signature), replacing: absorbed);
            }
        }
        // The article just decided is already made comparable: most applies follow its decision.
        members.Add(ReferenceEquals(_probe.Article?.Signature, signature) ? _probe.Article : new ComparableSignature(signature, _termIds, _entityIds));
        Index(decision.StoryId, [signature]);
    }

    public StoryDecision Assign(string articleId, StorySignature signature)
    {
        var decision = Decide(articleId, signature);
        Apply(decision, signature);
        return decision;
    }

    /// <summary>
    /// Whether the article being decided and a story's member are alike enough to be one story: a
    /// symmetric test, so the stories do not depend on order.
    /// </summary>
    private bool Links(ComparableSignature member) =>
        _probe.Similarity(member) >= (_probe.Article!.Signature.Published is not null && member.Signature.Published is not null ? JoinThreshold : UndatedJoinThreshold);

    private void Index(string storyId, IEnumerable<StorySignature> signatures, string? replacing = null)
    {
        foreach (var signature in signatures)
        {
            var day = Day(signature);
            foreach (var key in Keys(signature))
            {
                // Every key by itself, for undated articles; and with its day, for dated ones.
                Add(_storiesByKey, key, storyId, replacing);
                Add(_storiesByKeyAndDay, (key, day), storyId, replacing);
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, HashSet<string>> index, TKey key, string storyId, string? replacing)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            index.Add(key, set);
        }
        if (replacing is not null)
        {
            set.Remove(replacing);
        }
        set.Add(storyId);
    }

    private HashSet<string> Candidates(StorySignature signature)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        var day = Day(signature);
        foreach (var key in Keys(signature))
        {
            if (day is not { } d)
            {
                AddFrom(_storiesByKey, key, candidates);
                continue;
            }
            for (var other = d - WindowDays; other <= d + WindowDays; other++)
            {
                AddFrom(_storiesByKeyAndDay, (key, other), candidates);
            }
            AddFrom(_storiesByKeyAndDay, (key, null), candidates);
        }
        return candidates;
    }

    private static void AddFrom<TKey>(Dictionary<TKey, HashSet<string>> index, TKey key, HashSet<string> candidates)
        where TKey : notnull
    {
        if (index.TryGetValue(key, out var set))
        {
            candidates.UnionWith(set);
        }
    }

    /// <summary>The day of publication in UTC, counted in whole days: two times within the gap are within as many days.</summary>
    private static long? Day(StorySignature signature) => signature.Published?.UtcTicks / TimeSpan.TicksPerDay;

    /// <summary>The strongest terms and every entity: two articles of one event share at least one of them.</summary>
    private static IEnumerable<string> Keys(StorySignature signature) =>
        signature.Terms.Take(IndexedTerms).Select(t => "t:" + t.Term).Concat(signature.Entities.Select(e => "e:" + e));

    private static string NewStoryId(string articleId) =>
        "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articleId)))[..12];
}
