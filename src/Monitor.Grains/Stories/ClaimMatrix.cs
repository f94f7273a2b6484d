using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>
/// The story's claim matrix: per slot and source the value of that source's latest article, and
/// whether it stands with the slot's consensus. Kept beside the claim ledger rather than in it, so
/// the ledger stays what the engine needs and the dashboard's view costs the engine nothing.
/// </summary>
internal sealed class ClaimMatrix
{
    public const string Agrees = "agrees";
    public const string Disagrees = "disagrees";
    public const string None = "none";

    private readonly SortedDictionary<string, SortedDictionary<string, Given>> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Slot, string Text), ClaimValue> _values = [];

    public void Add(ArticleSummary article, ArticleClaims claims)
    {
        foreach (var claim in claims.Claims)
        {
            _values.TryAdd((claim.Slot, claim.Value.Text), claim.Value);
            if (!_slots.TryGetValue(claim.Slot, out var bySource))
            {
                bySource = new SortedDictionary<string, Given>(StringComparer.Ordinal);
                _slots.Add(claim.Slot, bySource);
            }
            // Latest by publication then id, not by arrival, so a replay in any order gives the same matrix.
            if (!bySource.TryGetValue(article.Source, out var given) || !Before(article, given.Article))
            {
                bySource[article.Source] = new Given(article, claim.Value);
            }
        }
    }

    public IReadOnlyList<ClaimCell> Cells(ClaimLedger ledger)
    {
        var consensus = ledger.Consensus().ToDictionary(c => c.Slot, c => c.Value, StringComparer.Ordinal);
        var divergences = ledger.Divergences().ToDictionary(d => d.Slot, StringComparer.Ordinal);
        var cells = new List<ClaimCell>();
        foreach (var (slot, bySource) in _slots)
        {
            var diverged = divergences.TryGetValue(slot, out var divergence);
            var reference = consensus.TryGetValue(slot, out var agreed)
                ? _values.GetValueOrDefault((slot, agreed))
                : diverged ? Leader(slot, divergence!) : null;
            foreach (var (source, given) in bySource)
            {
                var agreement = reference is not null
                    ? (given.Value.IsCompatibleWith(reference) ? Agrees : Disagrees)
                    : (diverged ? Disagrees : None);
                cells.Add(new ClaimCell(source, slot, given.Value.Text, agreement));
            }
        }
        return cells;
    }

    /// <summary>
    /// The value most sources stand with, counting compatible sides together ("140" and "roughly 140"
    /// against "several"); none when an incompatible value has as many.
    /// </summary>
    private ClaimValue? Leader(string slot, DivergenceView divergence)
    {
        var sides = divergence.Sides
            .Select(side => _values.GetValueOrDefault((slot, side.Value)))
            .Zip(divergence.Sides, (value, side) => (Value: value, side.Sources))
            .Where(s => s.Value is not null)
            .ToList();
        int Support(ClaimValue v, bool compatible) => sides
            .Where(s => s.Value!.IsCompatibleWith(v) == compatible)
            .SelectMany(s => s.Sources)
            .Distinct(StringComparer.Ordinal)
            .Count();
        var best = sides.MaxBy(s => Support(s.Value!, true));
        return best.Value is not null && Support(best.Value, true) > Support(best.Value, false) ? best.Value : null;
    }

    private static bool Before(ArticleSummary a, ArticleSummary b) =>
        (a.Published ?? DateTimeOffset.MaxValue, a.Id).CompareTo((b.Published ?? DateTimeOffset.MaxValue, b.Id)) < 0;

    private sealed record Given(ArticleSummary Article, ClaimValue Value);
}
