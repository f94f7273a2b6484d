namespace Monitor.Analysis;

public sealed partial class StoryClusterer
{
    /// <summary>
    /// Re-clusters the stories of the most recent articles by average link, starting from the stories
    /// as they are. First each recent article, in order of arrival, moves to the story it is most alike
    /// to when that clears the bar and beats its own story by a margin, or leaves a story it no longer
    /// fits (on the join bar, or clearly on the lower bar) for one of its own. Then a story whose two
    /// halves are not alike on the whole splits in two (see <see cref="Bisect"/>), and any two of those stories alike on the whole (the mean similarity
    /// over every pair of their members) merge, the most alike first, the larger keeping its id. Split
    /// and merge use one measure and one bar, so what one does the other does not undo. Bounded by the
    /// window, whatever has been seen before.
    /// </summary>
    private void Regroup()
    {
        var recent = _recent.Where(m => _members.GetValueOrDefault(m.Id) == m).ToList();
        foreach (var member in recent)
        {
            Reconsider(member);
        }
        foreach (var story in recent.Select(m => m.Story).Where(s => s.Count > 2).Distinct().OrderBy(s => s.Number).ToList())
        {
            Bisect(story);
        }
        // Two stories alike on the whole have a member alike to the other: the pairs a recent member found are weighed.
        var stories = recent.Select(m => m.Story).Where(s => s.Count > 0).ToHashSet();
        var pairs = new List<(double Score, LiveStory A, LiveStory B)>();
        foreach (var (a, b) in _neighbours.Where(p => stories.Contains(p.A) && stories.Contains(p.B) && p.A != p.B))
        {
            var score = a.MeanSimilarity(b);
            if (score >= _settings.MergeFactor * Bar(a, b))
            {
                pairs.Add((score, a, b));
            }
        }
        _neighbours.Clear();
        foreach (var (_, a, b) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.A.Number).ThenBy(p => p.B.Number))
        {
            if (a.Count > 0 && b.Count > 0 && _live.ContainsKey(a.Id) && _live.ContainsKey(b.Id))
            {
                var (keeps, goes) = KeepsItsId(a, b) ? (a, b) : (b, a);
                Move(goes, keeps, [.. goes.Members]);
            }
        }
    }

    /// <summary>How alike to a story one recent member of another must be, as a share of the bar, for the two stories to be weighed for a merge.</summary>
    private const double NeighbourShare = 0.5;

    // Pairs of stories a recent member of one is somewhat alike to the other: the only pairs a merge weighs.
    private readonly HashSet<(LiveStory A, LiveStory B)> _neighbours = [];

    private void Reconsider(ClusteredArticle member)
    {
        var own = member.Story;
        var ownScore = own.Count > 1 ? own.MeanSimilarity(member) : double.NegativeInfinity;
        LiveStory? best = null;
        var bestScore = ownScore + _settings.MoveMargin;
        double nextBest = 0;
        foreach (var story in Candidates(member))
        {
            if (story == own)
            {
                continue;
            }
            var score = story.MeanSimilarity(member);
            nextBest = Math.Max(nextBest, score);
            if (score >= Bar(member, story) && score > bestScore)
            {
                (best, bestScore) = (story, score);
            }
            if (score >= NeighbourShare * Bar(member, story))
            {
                _neighbours.Add(own.Number < story.Number ? (own, story) : (story, own));
            }
        }
        if (best is not null)
        {
            Move(own, best, [member]);
        }
        else if (own.Count > 1 && ownScore < _settings.SplitFactor * Bar(member, own) && !ClearMatch(member, own, ownScore, nextBest))
        {
            Move(own, Open(SplitId(own, member)), [member]);
        }
    }

    /// <summary>Moves members from one story to another, and notes it; a story left with none is merged into the other.</summary>
    private void Move(LiveStory from, LiveStory to, IReadOnlyList<ClusteredArticle> members)
    {
        foreach (var member in members)
        {
            from.Remove(member);
            to.Add(member);
            Post(member, to);
        }
        var merged = from.Count == 0;
        if (merged)
        {
            Drop(from, merged: true);
        }
        _regroups?.Add(new StoryRegroup(from.Id, to.Id, [.. members.Select(m => m.Id)], merged, ++_moveNumber));
    }

    /// <summary>Carries out a stored regroup: the articles still held move, a story no longer live is left as it is.</summary>
    private void Replay(StoryRegroup regroup)
    {
        if (!_live.TryGetValue(regroup.From, out var from))
        {
            return;
        }
        var to = _live.GetValueOrDefault(regroup.To) ?? Open(regroup.To);
        var members = regroup.Articles.Select(id => _members.GetValueOrDefault(id)).OfType<ClusteredArticle>().Where(m => m.Story == from).ToList();
        Move(from, to, members);
        if (regroup.Merged && _live.ContainsKey(from.Id))
        {
            Move(from, to, [.. from.Members]);
        }
    }

    /// <summary>Whether <paramref name="story"/> rather than <paramref name="other"/> keeps its id in a merge: the larger, or on a tie the first by id.</summary>
    private static bool KeepsItsId(LiveStory story, LiveStory other) =>
        story.Count > other.Count || story.Count == other.Count && string.CompareOrdinal(story.Id, other.Id) < 0;

    private double Bar(LiveStory a, LiveStory b) =>
        a.LastTicks is null || b.LastTicks is null ? _settings.UndatedJoinThreshold : _settings.JoinThreshold;
}
