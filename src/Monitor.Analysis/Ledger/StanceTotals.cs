using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// A story's stances per source: in how many slots the source stands with the best-supported value,
/// out of how many. Slots count their sources in and out as they change; a source moved since
/// <see cref="Watch"/> keeps where it stood then, so an update can report only the stances that moved.
/// </summary>
internal sealed class StanceTotals
{
    private readonly Dictionary<string, (int Agrees, int Total)> _bySource = new(StringComparer.Ordinal);

    // Per source moved since Watch, its stance before the first move.
    private readonly Dictionary<string, (int Agrees, int Total)> _movedFrom = new(StringComparer.Ordinal);

    /// <summary>Adds to a source's stance (a negative number takes away), noting it as it was before its first move since <see cref="Watch"/>.</summary>
    public void Move(string source, int agrees, int total)
    {
        ref var stance = ref CollectionsMarshal.GetValueRefOrAddDefault(_bySource, source, out _);
        _movedFrom.TryAdd(source, stance);
        stance = (stance.Agrees + agrees, stance.Total + total);
    }

    /// <summary>Starts watching: what <see cref="Moved"/> reports is measured from here.</summary>
    public void Watch() => _movedFrom.Clear();

    /// <summary>Every source with a stance, in ordinal order.</summary>
    public IReadOnlyList<SourceStance> All(int storyVersion) =>
        [.. _bySource
            .Where(s => s.Value.Total > 0)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new SourceStance(s.Key, s.Value.Agrees, s.Value.Total, storyVersion))];

    /// <summary>
    /// The stances that moved since <see cref="Watch"/>: a source's new or changed stance, then "none of
    /// none" for each source that no longer has one. A stance that moved and came back is not news.
    /// </summary>
    public IReadOnlyList<SourceStance> Moved(int storyVersion)
    {
        var moved = new List<SourceStance>();
        var ended = new List<SourceStance>();
        foreach (var source in _movedFrom.Keys.Order(StringComparer.Ordinal))
        {
            var now = _bySource.GetValueOrDefault(source);
            if (now == _movedFrom[source])
            {
                continue;
            }
            (now.Total > 0 ? moved : ended).Add(new SourceStance(source, now.Total > 0 ? now.Agrees : 0, now.Total, storyVersion));
        }
        moved.AddRange(ended);
        return moved;
    }
}
