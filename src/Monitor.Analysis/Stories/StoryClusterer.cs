namespace Monitor.Analysis;

/// <summary>
/// Online story clustering by average link: an article joins the story whose members it is most alike
/// to on the whole (the mean of its similarity to each member, in time and with word weights from the
/// news so far), if that mean clears a bar, and opens a story otherwise. Every few articles, the stories
/// holding the most recent ones are re-clustered by the same measure (see <see cref="Regroup"/>): a
/// recent article that fits another story better moves there, one that no longer fits its own leaves
/// it, and two stories alike on the whole merge; so an early article that joined before its own story
/// existed is put right, and the stories come out much the same in any arrival order. One article alike
/// to two events glues nothing: it joins one. Only stories that can still take articles are kept (see
/// <see cref="Retire"/>). <see cref="Assign"/> decides and applies; <see cref="Apply"/> replays a stored
/// decision to the same state.
/// </summary>
public sealed partial class StoryClusterer(StoryClustering? settings = null)
{
    private readonly StoryClustering _settings = settings ?? new StoryClustering();
    private readonly TermIds _termIds = new();
    private readonly TermIds _entityIds = new();
    private readonly DocumentFrequencies _frequencies = new();
    private readonly Dictionary<string, LiveStory> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClusteredArticle> _members = new(StringComparer.Ordinal);
    private readonly StoryPostings _postings = new();
    private readonly HashSet<string> _storyIds = new(StringComparer.Ordinal);
    // Stories merged away: their ids are never given again, for their pages send newcomers to the survivor.
    private readonly HashSet<string> _mergedAway = new(StringComparer.Ordinal);
    private readonly Queue<ClusteredArticle> _recent = new();
    private List<StoryRegroup>? _regroups;
    private long _arrivals;
    // The number of the last move: the arrival count times a million, then one more for each move of a re-clustering.
    private long _moveNumber;
    private long _stories;
    private long? _latestTicks;

    /// <summary>Every story opened and not merged away, live or retired.</summary>
    public IReadOnlyCollection<string> StoryIds => _storyIds;

    /// <summary>The stories that can still take articles.</summary>
    public int LiveStories => _live.Count;

    /// <summary>The articles held in memory: the members of the live stories.</summary>
    public int LiveArticles => _members.Count;

    public StoryDecision Assign(string articleId, StorySignature signature)
    {
        var article = Arrive(articleId, signature);
        List<StoryRegroup>? regroups = null;
        if (DueToRegroup)
        {
            Retire();
            _regroups = regroups = [];
            _moveNumber = _arrivals * MovesPerArrival;
            Regroup();
            _regroups = null;
        }
        LiveStory? best = null;
        var bestScore = double.NegativeInfinity;
        // The most alike story and the runner-up, bar or no bar: an article with one clear match needs less.
        LiveStory? top = null;
        double topScore = double.NegativeInfinity, runnerUp = 0;
        foreach (var story in Candidates(article))
        {
            var score = story.MeanSimilarity(article);
            if (score >= Bar(article, story) && score > bestScore)
            {
                (best, bestScore) = (story, score);
            }
            if (score > topScore)
            {
                (runnerUp, top, topScore) = (Math.Max(runnerUp, topScore), story, score);
            }
            else
            {
                runnerUp = Math.Max(runnerUp, score);
            }
        }
        if (best is null && top is not null && ClearMatch(article, top, topScore, runnerUp))
        {
            best = top;
        }
        var decision = new StoryDecision(best?.Id ?? NewStoryId(articleId), best is null, null, regroups is { Count: > 0 } ? regroups : null);
        Join(article, decision.StoryId);
        return decision;
    }

    /// <summary>Replays a decision <see cref="Assign"/> made, to the state it left.</summary>
    public void Apply(string articleId, StoryDecision decision, StorySignature signature)
    {
        var article = Arrive(articleId, signature);
        if (DueToRegroup)
        {
            Retire();
        }
        foreach (var regroup in decision.Regroups)
        {
            Replay(regroup);
        }
        foreach (var absorbed in decision.Merged)
        {
            if (_live.TryGetValue(absorbed, out var from) && from.Id != decision.StoryId)
            {
                Replay(new StoryRegroup(absorbed, decision.StoryId, [.. from.Members.Select(m => m.Id)], true));
            }
        }
        Join(article, decision.StoryId);
    }

    private const long MovesPerArrival = 1_000_000;

    private bool DueToRegroup => _arrivals % _settings.RegroupEvery == 0;

    /// <summary>Counts the article's words into the frequencies and makes its unit vectors with the weights they give now.</summary>
    private ClusteredArticle Arrive(string articleId, StorySignature signature)
    {
        _arrivals++;
        var ticks = signature.Published?.UtcTicks;
        if (ticks is { } t && (_latestTicks is null || t > _latestTicks))
        {
            _latestTicks = t;
        }
        var terms = new int[signature.Terms.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = _termIds.Of(signature.Terms[i].Term);
        }
        _frequencies.Add(terms);
        var weights = new double[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var idf = _frequencies.Idf(terms[i]);
            weights[i] = signature.Terms[i].Weight * (_settings.IdfPower == 1 ? idf : Math.Pow(idf, _settings.IdfPower));
        }
        Normalize(weights);
        var entities = new int[signature.Entities.Count];
        var entityWeights = new double[entities.Length];
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = _entityIds.Of(signature.Entities[i]);
            entityWeights[i] = SignatureSimilarity.EntityWeight(signature.Entities[i]);
        }
        Normalize(entityWeights);
        return new ClusteredArticle(articleId, _arrivals, ticks, terms, weights, entities, entityWeights, Keys(terms, weights, entities), signature.Opinion);
    }

    /// <summary>The article's strongest terms (the heaviest first, then the lowest number) and every entity, as postings keys.</summary>
    private int[] Keys(int[] terms, double[] weights, int[] entities)
    {
        var indexed = Math.Min(_settings.IndexedTerms, terms.Length);
        var keys = new int[indexed + entities.Length];
        // The strongest few picked one by one: an article has many terms and is indexed by a dozen.
        Span<bool> taken = terms.Length <= 256 ? stackalloc bool[terms.Length] : new bool[terms.Length];
        for (var k = 0; k < indexed; k++)
        {
            var best = -1;
            for (var i = 0; i < terms.Length; i++)
            {
                if (!taken[i] && (best < 0 || Stronger(i, best)))
                {
                    best = i;
                }
            }
            taken[best] = true;
            keys[k] = 2 * terms[best];
        }
        for (var i = 0; i < entities.Length; i++)
        {
            keys[indexed + i] = 2 * entities[i] + 1;
        }
        return keys;

        bool Stronger(int a, int b) => weights[a] > weights[b] || weights[a] == weights[b] && terms[a] < terms[b];
    }

    private void Join(ClusteredArticle article, string storyId)
    {
        var story = _live.GetValueOrDefault(storyId) ?? Open(storyId);
        story.Add(article);
        _members[article.Id] = article;
        Post(article, story);
        _recent.Enqueue(article);
        while (_recent.Count > _settings.RecentArticles)
        {
            _recent.Dequeue();
        }
    }

    private LiveStory Open(string storyId)
    {
        var story = new LiveStory(storyId, _stories++, _settings);
        _live.Add(storyId, story);
        _storyIds.Add(storyId);
        return story;
    }

    private void Post(ClusteredArticle article, LiveStory story)
    {
        _postings.File(article, story);
    }

    /// <summary>Takes a story out of the index: its postings and members go, its id stays unless it was merged away.</summary>
    private void Drop(LiveStory story, bool merged)
    {
        _live.Remove(story.Id);
        if (merged)
        {
            _storyIds.Remove(story.Id);
            _mergedAway.Add(story.Id);
        }
        _postings.Remove(story);
        foreach (var member in story.Members)
        {
            if (_members.TryGetValue(member.Id, out var held) && held == member)
            {
                _members.Remove(member.Id);
            }
        }
    }

    /// <summary>
    /// Retires the stories that can take no more articles: none of their members is among the last
    /// articles to arrive, and a dated story's latest member is further than the largest gap behind the
    /// latest news. Their pages stay; the index forgets them.
    /// </summary>
    private void Retire()
    {
        _retired.Clear();
        foreach (var story in _live.Values)
        {
            if (CannotTakeMore(story))
            {
                _retired.Add(story);
            }
        }
        foreach (var story in _retired)
        {
            Drop(story, merged: false);
        }
    }

    private readonly List<LiveStory> _retired = [];

    private bool CannotTakeMore(LiveStory story) =>
        story.LastArrival <= _arrivals - _settings.LiveArticles && (story.LastTicks is not { } last || _latestTicks - last > _settings.MaxGap.Ticks);

    /// <summary>
    /// The live stories that share at least two keys with the article (one, for an article of few keys)
    /// and hold a member it could be alike to in time, in the order they were opened. A story sharing one
    /// strong word with an article is seldom alike to it on the mean, and scoring every such story is what
    /// an index's time goes to on a busy day.
    /// </summary>
    /// <remarks>The list is reused by the next call: walk it before asking again.</remarks>
    private List<LiveStory> Candidates(ClusteredArticle article)
    {
        _sharing.Clear();
        // A key most live stories are filed under tells none of them apart, and counting it is most of the work.
        _postings.Sharing(article, article.Keys.Length >= MinKeysForTwo ? 2 : 1, MaxPosting, _sharing);
        _candidates.Clear();
        foreach (var story in _sharing)
        {
            if (story.Count > 0 && story.InReach(article.Ticks, _settings.MaxGap.Ticks))
            {
                _candidates.Add(story);
            }
        }
        _candidates.Sort(static (a, b) => a.Number.CompareTo(b.Number));
        return _candidates;
    }

    // Candidates' buffers: the stories sharing enough keys with the article, and those of them in reach.
    private readonly List<LiveStory> _sharing = [];
    private readonly List<LiveStory> _candidates = [];

    private const int MinKeysForTwo = 4;

    private const int MaxPosting = 128;

    /// <summary>The bar an article must clear to join a story: higher when either has no known time.</summary>
    private double Bar(ClusteredArticle article, LiveStory story) =>
        article.Ticks is null || story.LastTicks is null ? _settings.UndatedJoinThreshold : _settings.JoinThreshold;

    /// <summary>
    /// Whether an article that clears no join bar is still alike enough to its best story: above a lower
    /// bar, and more alike to it than to any other candidate by a margin. The join bar is set for the
    /// crowded case, an article somewhat alike to several stories of one subject (without dates, every
    /// story of the subject competes); an opinion piece or a short feed item alike to one story and to
    /// nothing else is evidence enough at less.
    /// </summary>
    private bool ClearMatch(ClusteredArticle article, LiveStory story, double score, double runnerUp) =>
        _frequencies.Articles >= _settings.ClearMatchAfter && score >= LowBar(article.Ticks is null || story.LastTicks is null) && score - Math.Max(runnerUp, 0) >= _settings.ContrastMargin;

    private double LowBar(bool undated) => undated ? _settings.UndatedLowBar : _settings.DatedLowBar;

    private static void Normalize(double[] weights)
    {
        double squares = 0;
        foreach (var weight in weights)
        {
            squares += weight * weight;
        }
        var norm = Math.Sqrt(squares);
        if (norm > 0)
        {
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] /= norm;
            }
        }
    }

    private static string NewStoryId(string articleId) => StableId.Of("s-", articleId);

    /// <summary>The id of a story split off <paramref name="story"/> around <paramref name="member"/>: made from both, and new even when that split happened before.</summary>
    private string SplitId(LiveStory story, ClusteredArticle member)
    {
        var id = StableId.Of("s-", story.Id + "/" + member.Id);
        for (var again = 1; _storyIds.Contains(id) || _mergedAway.Contains(id); again++)
        {
            id = StableId.Of("s-", $"{story.Id}/{member.Id}/{again}");
        }
        return id;
    }
}
