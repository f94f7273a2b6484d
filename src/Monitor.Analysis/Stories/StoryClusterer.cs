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
    private const int BoundFrom = 4;
    private const int HourBoundFrom = 1;
    private static readonly int WindowDays = (int)Math.Ceiling(SignatureSimilarity.MaxGap.TotalDays);

    // Stories by number, as first seen: inside the index a story is an int, so a lookup hashes no
    // string. A story merged into another points to it (_into) and gives up its members; the
    // postings keep its number, which resolves to the story that holds its articles now.
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<StoryMembers?> _members = [];
    private readonly List<int> _into = [];

    // Key (a strong term or an entity, as a number) to the stories with a member that has it, by
    // the key's number: the numbers are handed out densely, so finding a key's postings hashes nothing.
    private readonly List<KeyPostings?> _postings = [];
    private readonly TermIds _termIds = new();
    private readonly TermIds _entityIds = new();
    private readonly SimilarityProbe _probe = new();

    // The keys of the article in the probe, found once for its decision and its apply.
    private readonly List<int> _keys = [];
    private readonly List<int> _linked = [];
    private int[] _seen = [];
    private int _decision;
    // Per story, the last posting list it was found in (see Consider): a decision walks hundreds of
    // lists, so they are counted in a long, which never comes round to a number it gave before.
    private long[] _inList = [];
    private long _list;

    public IReadOnlyCollection<string> StoryIds => [.. _ids.Where((_, n) => _members[n] is not null)];

    public StoryDecision Decide(string articleId, StorySignature signature)
    {
        Load(signature);
        var linked = Linked();
        if (linked.Count == 0)
        {
            return new StoryDecision(NewStoryId(articleId), true);
        }
        // The largest story keeps its id, so a merge moves as few articles as it can.
        var survivor = linked[0];
        foreach (var story in linked)
        {
            if (KeepsItsId(story, survivor))
            {
                survivor = story;
            }
        }
        List<string>? absorbed = null;
        foreach (var story in linked)
        {
            if (story != survivor)
            {
                (absorbed ??= []).Add(_ids[story]);
            }
        }
        absorbed?.Sort(StringComparer.Ordinal);
        return new StoryDecision(_ids[survivor], false, absorbed);
    }

    public void Apply(StoryDecision decision, StorySignature signature)
    {
        var survivor = Number(decision.StoryId);
        var members = _members[survivor] ??= new StoryMembers();
        _into[survivor] = survivor;
        foreach (var absorbed in decision.Merged)
        {
            if (_numbers.TryGetValue(absorbed, out var number) && number != survivor && _members[number] is { } moved)
            {
                members.Absorb(moved);
                _members[number] = null;
                _into[number] = survivor;
            }
        }
        // The article just decided is already loaded: most applies follow its decision.
        if (!ReferenceEquals(_probe.Article?.Signature, signature))
        {
            Load(signature);
        }
        var article = _probe.Article!;
        members.Add(article);
        var day = Day(article);
        foreach (var key in _keys)
        {
            PostingsOf(key).Post(day, survivor);
        }
    }

    public StoryDecision Assign(string articleId, StorySignature signature)
    {
        var decision = Decide(articleId, signature);
        Apply(decision, signature);
        return decision;
    }

    /// <summary>
    /// Makes the article comparable, loads it into the probe and finds its keys: the strongest terms
    /// and every entity, as numbers (even for a term, odd for an entity); two articles of one event
    /// share at least one of them.
    /// </summary>
    private void Load(StorySignature signature)
    {
        // The keys are read before the signature is made comparable, which sorts the numbers in place.
        var terms = ComparableSignature.TermNumbers(signature, _termIds);
        var entities = ComparableSignature.EntityNumbers(signature, _entityIds);
        _keys.Clear();
        for (var i = 0; i < Math.Min(IndexedTerms, terms.Length); i++)
        {
            _keys.Add(2 * terms[i]);
        }
        foreach (var entity in entities)
        {
            _keys.Add(2 * entity + 1);
        }
        _probe.Load(new ComparableSignature(signature, terms, entities));
    }

    /// <summary>
    /// Whether the article being decided and a story's member are alike enough to be one story: a
    /// symmetric test, so the stories do not depend on order.
    /// </summary>
    private bool Links(ComparableSignature member) =>
        _probe.Reaches(member, _probe.Article!.Ticks is not null && member.Ticks is not null ? JoinThreshold : UndatedJoinThreshold);

    /// <summary>
    /// Whether the article links to a member of the story. Members published too far from it are
    /// not looked at: they would not link, whatever they say. The rest are looked at hour by hour,
    /// closest in time first, where the members that tell the same development are: any order gives
    /// the same answer, this one gives it sooner.
    /// </summary>
    private bool LinksAny(StoryMembers members)
    {
        var article = _probe.Article!;
        var hours = members.HoursNear(article.Ticks, out var pivot);
        var hour = MemberHour.Of(article.Ticks ?? 0);
        var unbounded = 0;
        for (int after = pivot, before = pivot - 1; after < hours.Length || before >= 0;)
        {
            var takeAfter = before < 0 || after < hours.Length && hours[after].Hour - hour <= hour - hours[before].Hour;
            var next = hours[takeAfter ? after++ : before--];
            if (next.Count <= HourBoundFrom && !MayReachAny(members, ref unbounded, next.Count))
            {
                return false;
            }
            if (LinksAny(next))
            {
                return true;
            }
        }
        if (!MayReachAny(members, ref unbounded, members.Undated.Length))
        {
            return false;
        }
        foreach (var member in members.Undated)
        {
            if (Links(member))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the story may still hold a member the article links to, before comparing <paramref name="more"/>
    /// members that no hour's bound covers. The story's bound costs a lookup per term of the article, in
    /// tables as large as the story: more than comparing a few members, so it is checked once, when
    /// the members compared without a bound would pass a few. The lower bar bounds both.
    /// </summary>
    private bool MayReachAny(StoryMembers members, ref int unbounded, int more)
    {
        var checkedBefore = unbounded > BoundFrom;
        unbounded += more;
        return checkedBefore || unbounded <= BoundFrom || _probe.MayReachAny(members, JoinThreshold);
    }

    /// <summary>
    /// Whether the article links to a member published in the hour and in reach. An hour's bound walks
    /// what its members name once, about as much as comparing one of them: worth it for an hour with more.
    /// </summary>
    private bool LinksAny(MemberHour hour)
    {
        if (hour.Count > HourBoundFrom && !_probe.MayReachAny(hour, JoinThreshold))
        {
            return false;
        }
        var ticks = _probe.Article!.Ticks;
        foreach (var member in hour.Members)
        {
            if (StoryMembers.InReach(member, ticks) && Links(member))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The current stories that share a key with the loaded article and hold a member it links to, each once.</summary>
    private List<int> Linked()
    {
        if (_seen.Length < _ids.Count)
        {
            Array.Resize(ref _seen, Math.Max(_ids.Count, _seen.Length * 2));
            Array.Resize(ref _inList, _seen.Length);
        }
        _decision++;
        _linked.Clear();
        var day = Day(_probe.Article!);
        foreach (var key in _keys)
        {
            if (key >= _postings.Count || _postings[key] is not { } postings)
            {
                continue;
            }
            if (day is not { } d)
            {
                Consider(ref postings.All);
                continue;
            }
            foreach (ref var stories in postings.Days(d - WindowDays, d + WindowDays))
            {
                Consider(ref stories);
            }
            Consider(ref postings.Undated);
        }
        return _linked;
    }

    /// <summary>
    /// Looks at the stories of one posting list not looked at yet, and drops from the list the entries
    /// that name a story named before in it: a story's articles come between others' and post it again,
    /// and a merged story's number stands for the one it went into. A decision then walks each story a
    /// key posted once, not once an article.
    /// </summary>
    private void Consider(ref PostedStories stories)
    {
        _list++;
        var posted = stories.Numbers;
        var kept = 0;
        foreach (var number in posted)
        {
            var story = Current(number);
            if (_inList[story] == _list)
            {
                continue;
            }
            _inList[story] = _list;
            posted[kept++] = story;
            if (_seen[story] == _decision)
            {
                continue;
            }
            _seen[story] = _decision;
            if (LinksAny(_members[story]!))
            {
                _linked.Add(story);
            }
        }
        stories.Keep(kept);
    }

    /// <summary>Whether <paramref name="story"/> rather than <paramref name="other"/> keeps its id in a merge: the larger, or on a tie the first by id.</summary>
    private bool KeepsItsId(int story, int other)
    {
        var (size, otherSize) = (_members[story]!.Count, _members[other]!.Count);
        return size > otherSize || size == otherSize && string.CompareOrdinal(_ids[story], _ids[other]) < 0;
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

    private KeyPostings PostingsOf(int key)
    {
        while (_postings.Count <= key)
        {
            _postings.Add(null);
        }
        return _postings[key] ??= new KeyPostings();
    }

    /// <summary>The day of publication in UTC, counted in whole days: two times within the gap are within as many days.</summary>
    private static long? Day(ComparableSignature article) => article.Ticks / TimeSpan.TicksPerDay;

    private static string NewStoryId(string articleId) => StableId.Of("s-", articleId);
}
