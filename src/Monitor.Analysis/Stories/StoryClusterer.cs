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
    private static readonly int WindowDays = (int)Math.Ceiling(SignatureSimilarity.MaxGap.TotalDays);

    // Stories by number, as first seen: inside the index a story is an int, so a lookup hashes no
    // string. A story merged into another points to it (_into) and gives up its members; the
    // postings keep its number, which resolves to the story that holds its articles now.
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<List<ComparableSignature>?> _members = [];
    private readonly List<int> _into = [];

    // Key (a strong term or an entity, as a number) to the stories with a member that has it: by
    // itself for undated articles, and with the member's day for dated ones.
    private readonly Dictionary<int, List<int>> _byKey = [];
    private readonly Dictionary<(int Key, long? Day), List<int>> _byKeyAndDay = [];
    private readonly TermIds _termIds = new();
    private readonly TermIds _entityIds = new();
    private readonly SimilarityProbe _probe = new();
    private int[] _seen = [];
    private int _decision;

    public IReadOnlyCollection<string> StoryIds => [.. _ids.Where((_, n) => _members[n] is not null)];

    public StoryDecision Decide(string articleId, StorySignature signature)
    {
        _probe.Load(new ComparableSignature(signature, _termIds, _entityIds));
        var linked = Linked(signature);
        if (linked.Count == 0)
        {
            return new StoryDecision(NewStoryId(articleId), true);
        }
        // The largest story keeps its id, so a merge moves as few articles as it can.
        var survivor = linked
            .OrderByDescending(n => _members[n]!.Count)
            .ThenBy(n => _ids[n], StringComparer.Ordinal)
            .First();
        var absorbed = linked.Where(n => n != survivor).Select(n => _ids[n]).Order(StringComparer.Ordinal).ToList();
        return new StoryDecision(_ids[survivor], false, absorbed.Count == 0 ? null : absorbed);
    }

    public void Apply(StoryDecision decision, StorySignature signature)
    {
        var survivor = Number(decision.StoryId);
        var members = _members[survivor] ??= [];
        _into[survivor] = survivor;
        foreach (var absorbed in decision.Merged)
        {
            if (_numbers.TryGetValue(absorbed, out var number) && number != survivor && _members[number] is { } moved)
            {
                members.AddRange(moved);
                _members[number] = null;
                _into[number] = survivor;
            }
        }
        // The article just decided is already made comparable: most applies follow its decision.
        members.Add(ReferenceEquals(_probe.Article?.Signature, signature) ? _probe.Article : new ComparableSignature(signature, _termIds, _entityIds));
        var day = Day(signature);
        foreach (var key in Keys(signature))
        {
            Post(_byKey, key, survivor);
            Post(_byKeyAndDay, (key, day), survivor);
        }
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

    /// <summary>The current stories that share a key with the article and hold a member it links to, each once.</summary>
    private List<int> Linked(StorySignature signature)
    {
        if (_seen.Length < _ids.Count)
        {
            Array.Resize(ref _seen, Math.Max(_ids.Count, _seen.Length * 2));
        }
        _decision++;
        var linked = new List<int>();
        var day = Day(signature);
        foreach (var key in Keys(signature))
        {
            if (day is not { } d)
            {
                Consider(_byKey.GetValueOrDefault(key), linked);
                continue;
            }
            for (var other = d - WindowDays; other <= d + WindowDays; other++)
            {
                Consider(_byKeyAndDay.GetValueOrDefault((key, other)), linked);
            }
            Consider(_byKeyAndDay.GetValueOrDefault((key, null)), linked);
        }
        return linked;
    }

    private void Consider(List<int>? stories, List<int> linked)
    {
        foreach (var posted in stories ?? [])
        {
            var story = Current(posted);
            if (_seen[story] == _decision)
            {
                continue;
            }
            _seen[story] = _decision;
            if (_members[story]!.Any(Links))
            {
                linked.Add(story);
            }
        }
    }

    /// <summary>The story that holds a story's articles now: itself, or the one it was merged into.</summary>
    private int Current(int story)
    {
        var root = story;
        while (_into[root] != root)
        {
            root = _into[root];
        }
        // Shorten the chain for the next lookup.
        while (_into[story] != root)
        {
            (story, _into[story]) = (_into[story], root);
        }
        return root;
    }

    private int Number(string storyId)
    {
        if (!_numbers.TryGetValue(storyId, out var number))
        {
            number = _ids.Count;
            _numbers.Add(storyId, number);
            _ids.Add(storyId);
            _members.Add(null);
            _into.Add(number);
        }
        return number;
    }

    private static void Post<TKey>(Dictionary<TKey, List<int>> index, TKey key, int story)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var stories))
        {
            stories = [];
            index.Add(key, stories);
        }
        // A story's members often share keys and arrive one after another: post it once in a row.
        if (stories.Count == 0 || stories[^1] != story)
        {
            stories.Add(story);
        }
    }

    /// <summary>The day of publication in UTC, counted in whole days: two times within the gap are within as many days.</summary>
    private static long? Day(StorySignature signature) => signature.Published?.UtcTicks / TimeSpan.TicksPerDay;

    /// <summary>
    /// The strongest terms and every entity, as numbers (even for a term, odd for an entity): two
    /// articles of one event share at least one of them.
    /// </summary>
    private IEnumerable<int> Keys(StorySignature signature) =>
        signature.Terms.Take(IndexedTerms).Select(t => 2 * _termIds.Of(t.Term)).Concat(signature.Entities.Select(e => 2 * _entityIds.Of(e) + 1));

    private static string NewStoryId(string articleId) =>
        "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articleId)))[..12];
}
