using System.Security.Cryptography;
using System.Text;

namespace Monitor.Analysis;

public sealed record StoryDecision(string StoryId, bool IsNew);

/// <summary>
/// Online story clustering: an article joins the most similar active story or opens a new one.
/// Candidates come from an inverted index (term to stories), so a decision costs O(terms of the article).
/// </summary>
public sealed class StoryClusterer
{
    private const double JoinThreshold = 0.25;
    private readonly Dictionary<string, StoryProfile> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _storiesByTerm = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> StoryIds => _stories.Keys;

    public StoryDecision Decide(string articleId, StorySignature signature)
    {
        var candidates = signature.Terms
            .SelectMany(t => _storiesByTerm.GetValueOrDefault(t.Term) ?? [])
            .Concat(signature.Entities.SelectMany(e => _storiesByTerm.GetValueOrDefault("@" + e) ?? []))
            .Distinct(StringComparer.Ordinal);
        var best = candidates
            .Select(id => (Id: id, Score: _stories[id].Similarity(signature)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Id is not null && best.Score >= JoinThreshold
            ? new StoryDecision(best.Id, false)
            : new StoryDecision(NewStoryId(articleId), true);
    }

    public void Apply(StoryDecision decision, StorySignature signature)
    {
        if (!_stories.TryGetValue(decision.StoryId, out var profile))
        {
            profile = new StoryProfile();
            _stories.Add(decision.StoryId, profile);
        }
        profile.Add(signature);
        foreach (var key in signature.Terms.Select(t => t.Term).Concat(signature.Entities.Select(e => "@" + e)))
        {
            if (!_storiesByTerm.TryGetValue(key, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                _storiesByTerm.Add(key, set);
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

    private static string NewStoryId(string articleId) =>
        "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articleId)))[..12];
}
