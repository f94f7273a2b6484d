namespace Monitor.Analysis;

public sealed partial class StoryClusterer
{
    /// <summary>The most members a story may have for a re-clustering to try splitting it: the work grows with their pairs.</summary>
    private const int MaxBisected = 120;

    /// <summary>
    /// Splits a story held together by articles alike to two events: an article of both may open a story
    /// that each event's articles then join, and every member keeps clearing the bar on the mean. The
    /// members are parted in two around the one least alike to the rest, each going to the half it is
    /// more alike to on the mean until none moves; if the halves are less alike on the whole than two
    /// stories must be to merge, the smaller half leaves for a story of its own.
    /// </summary>
    private void Bisect(LiveStory story)
    {
        if (story.Count is < 3 or > MaxBisected)
        {
            return;
        }
        var members = story.Members.OrderBy(m => m.Arrival).ToArray();
        var similarity = Similarities(members);
        var n = members.Length;
        var seed = Enumerable.Range(0, n).MinBy(i => Enumerable.Range(0, n).Where(j => j != i).Sum(j => similarity[i, j]));
        var inFirst = new bool[n];
        inFirst[seed] = true;
        var firstSize = 1;
        for (var round = 0; round < 8; round++)
        {
            var moved = false;
            for (var i = 0; i < n; i++)
            {
                var first = MeanTo(similarity, inFirst, i, true);
                var second = MeanTo(similarity, inFirst, i, false);
                var wantsFirst = first > second;
                if (wantsFirst != inFirst[i] && (inFirst[i] ? firstSize : n - firstSize) > 1)
                {
                    inFirst[i] = wantsFirst;
                    firstSize += wantsFirst ? 1 : -1;
                    moved = true;
                }
            }
            if (!moved)
            {
                break;
            }
        }
        double cross = 0;
        var pairs = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (inFirst[i] && !inFirst[j])
                {
                    cross += similarity[i, j];
                    pairs++;
                }
            }
        }
        if (pairs == 0 || cross / pairs >= _settings.MergeFactor * Bar(story, story))
        {
            return;
        }
        // The larger half keeps the story's id; on a tie, the half of its first member.
        var firstLeaves = firstSize < n - firstSize || firstSize == n - firstSize && !inFirst[0];
        var leaving = members.Where((_, i) => inFirst[i] == firstLeaves).ToList();
        Move(story, Open(SplitId(story, leaving[0])), leaving);
    }

    /// <summary>How alike every two members are, in time and with the weights they arrived with.</summary>
    private double[,] Similarities(ClusteredArticle[] members)
    {
        var n = members.Length;
        // The words' dot products above the diagonal, the entities' below, until the two are weighed together.
        var similarity = new double[n, n];
        PairDots(members, m => (m.Terms, m.Weights), _termScatter, similarity, below: false);
        PairDots(members, m => (m.Entities, m.EntityWeights), _entityScatter, similarity, below: true);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var factor = _settings.TimeFactor(members[i].Ticks, members[j].Ticks) * _settings.GenreFactor(members[i].Opinion, members[j].Opinion);
                var value = factor == 0 ? 0 : factor * (_settings.TermShare * similarity[i, j] + (1 - _settings.TermShare) * similarity[j, i]);
                similarity[i, j] = similarity[j, i] = value;
            }
        }
        return similarity;
    }

    private readonly ScatteredVector _termScatter = new();
    private readonly ScatteredVector _entityScatter = new();

    /// <summary>
    /// The dot product of every two members' vectors, into <paramref name="dots"/> above the diagonal
    /// (or below), each summed as <see cref="IdSums.Dot(IdSums)"/> sums two vectors: over the ids of
    /// the one with fewer, the first on a tie.
    /// </summary>
    private static void PairDots(ClusteredArticle[] members, Func<ClusteredArticle, (int[] Ids, double[] Weights)> vectorOf, ScatteredVector scatter, double[,] dots, bool below)
    {
        var n = members.Length;
        var vectors = members.Select(m => vectorOf(m)).Select(v => scatter.Distinct(v.Ids, v.Weights)).ToArray();
        for (var looked = 0; looked < n; looked++)
        {
            scatter.Scatter(vectors[looked].Ids, vectors[looked].Weights);
            for (var summed = 0; summed < n; summed++)
            {
                var (i, j) = summed < looked ? (summed, looked) : (looked, summed);
                var over = vectors[i].Ids.Length > vectors[j].Ids.Length ? j : i;
                if (summed != looked && over == summed)
                {
                    var dot = scatter.Dot(vectors[summed].Ids, vectors[summed].Weights);
                    if (below)
                    {
                        dots[j, i] = dot;
                    }
                    else
                    {
                        dots[i, j] = dot;
                    }
                }
            }
            scatter.Clear();
        }
    }

    private static double MeanTo(double[,] similarity, bool[] inFirst, int member, bool first)
    {
        double sum = 0;
        var count = 0;
        for (var j = 0; j < inFirst.Length; j++)
        {
            if (j != member && inFirst[j] == first)
            {
                sum += similarity[member, j];
                count++;
            }
        }
        return count > 0 ? sum / count : double.NegativeInfinity;
    }
}
