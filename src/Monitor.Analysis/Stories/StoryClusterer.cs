using System.Security.Cryptography;
using System.Text;

namespace Monitor.Analysis;

public sealed record StoryDecision(string StoryId, bool IsNew);

/// <summary>
/// Online story clustering: an article joins the active story holding its most similar article, or
/// opens a new one. Joining on the best single article (not a running centroid) keeps the result the
/// same for any arrival order whenever a story's articles link to one another; the bar is higher when
/// publication times are unknown, since close dates are part of the evidence. Candidates come from an
/// inverted index (entity or term to stories), so a decision costs O(terms of the article).
/// </summary>
public sealed class StoryClusterer
{
    public const double JoinThreshold = 0.23;
    public const double UndatedJoinThreshold = 0.37;
    private const int IndexedTerms = 12;
    private readonly Dictionary<string, List<StorySignature>> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _storiesByKey = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> StoryIds => _stories.Keys;

    public StoryDecision Decide(string articleId, StorySignature signature)
    {
        var best = (Id: (string?)null, Score: 0.0);
        foreach (var id in Candidates(signature).Order(StringComparer.Ordinal))
        {
            var score = 0.0;
            foreach (var member in _stories[id])
            {
                score = Math.Max(score, SignatureSimilarity.Of(signature, member) / Threshold(signature, member));
            }
            if (score > best.Score)
            {
                best = (id, score);
            }
        }
        return best.Id is not null && best.Score >= 1
            ? new StoryDecision(best.Id, false)
            : new StoryDecision(NewStoryId(articleId), true);
    }

    public void Apply(StoryDecision decision, StorySignature signature)
    {
        if (!_stories.TryGetValue(decision.StoryId, out var members))
        {
            members = [];
            _stories.Add(decision.StoryId, members);
        }
        members.Add(signature);
        foreach (var key in Keys(signature))
        {
            if (!_storiesByKey.TryGetValue(key, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                _storiesByKey.Add(key, set);
            }
            set.Add(decision.StoryId);
        }
    }

    public StoryDecision Assign(string articleId, StorySignature signature)
    {
        var decision = Decide(articleId, signature);
        Apply(decision, signature);
        return decision;
    }

    private static double Threshold(StorySignature a, StorySignature b) =>
        a.Published is not null && b.Published is not null ? JoinThreshold : UndatedJoinThreshold;

    private HashSet<string> Candidates(StorySignature signature)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Keys(signature))
        {
            if (_storiesByKey.TryGetValue(key, out var set))
            {
                candidates.UnionWith(set);
            }
        }
        return candidates;
    }

    /// <summary>The strongest terms and every entity: two articles of one event share at least one of them.</summary>
    private static IEnumerable<string> Keys(StorySignature signature) =>
        signature.Terms.Take(IndexedTerms).Select(t => "t:" + t.Term).Concat(signature.Entities.Select(e => "e:" + e));

    private static string NewStoryId(string articleId) =>
        "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articleId)))[..12];
}
