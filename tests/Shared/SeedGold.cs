using System.Text.Json;
using FluentAssertions;
using Monitor.Analysis;

namespace Monitor.Tests;

/// <summary>
/// The checks of score.py for the seed gold (tests/Shared/seeds-gold.json), over what Monitor holds
/// after the seeds: the story partition, every required divergence with verbatim quotes, consensus
/// and one entity for each gold person.
/// </summary>
internal sealed class SeedGold(Snapshot snapshot, IReadOnlyDictionary<string, string> texts)
{
    private static readonly JsonElement Gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds-gold.json"))).RootElement;

    public void StoriesMatch()
    {
        var found = snapshot.Stories.Select(s => Key(s.Articles)).Order(StringComparer.Ordinal);
        var gold = Gold.GetProperty("stories").EnumerateArray().Select(s => Key(Strings(s.GetProperty("articles")))).Order(StringComparer.Ordinal);
        found.Should().Equal(gold);
    }

    public void EveryRequiredDivergenceIsFoundWithVerbatimQuotes()
    {
        var all = snapshot.Stories.SelectMany(s => s.Divergences).Concat(snapshot.Entities.SelectMany(e => e.Divergences)).ToList();
        foreach (var required in Gold.GetProperty("divergences").GetProperty("required").EnumerateArray())
        {
            all.Should().Contain(d => Matches(required, d), because: required.GetProperty("about").GetString());
        }
        var normalised = texts.ToDictionary(p => p.Key, p => Normalise(p.Value));
        all.SelectMany(d => d.Sides).Should().OnlyContain(side =>
            side.Quotes.All(q => side.Articles.Any(a => normalised[a].Contains(Normalise(q), StringComparison.Ordinal))));
        all.Should().OnlyContain(d => d.Sides.Select(s => s.Value).Distinct().Count() == d.Sides.Count);
    }

    public void ConsensusHoldsEveryGoldItem()
    {
        foreach (var item in Gold.GetProperty("consensus").EnumerateArray())
        {
            var wanted = Strings(item.GetProperty("articles"));
            var story = snapshot.Stories.MaxBy(s => s.Articles.Intersect(wanted).Count())!;
            story.Consensus.Should().Contain(
                c => ContainsAny(c.Value + " " + c.Slot, item.GetProperty("value_contains_any")) && c.Articles.Intersect(wanted).Count() >= item.GetProperty("min_sources").GetInt32(),
                because: item.GetProperty("about").GetString());
        }
    }

    public void EachGoldEntityIsOneEntityOverItsArticles()
    {
        foreach (var item in Gold.GetProperty("entities").EnumerateArray())
        {
            var names = item.GetProperty("name_contains_any");
            var wanted = Strings(item.GetProperty("articles"));
            var named = snapshot.Entities.Where(v => ContainsAny(v.Name + " " + string.Join(" ", v.Aliases), names)).ToList();
            var best = named.MaxBy(v => v.Articles.Intersect(wanted).Count());
            best.Should().NotBeNull();
            best!.Articles.Should().Contain(wanted);
            named.Where(v => v != best && v.Articles.Intersect(wanted).Any() && ContainsAny(v.Name, names)).Should().BeEmpty();
        }
    }

    private static bool Matches(JsonElement gold, DivergenceView divergence)
    {
        var used = new HashSet<int>();
        var hits = 0;
        foreach (var side in gold.GetProperty("sides").EnumerateArray())
        {
            var articles = Strings(side.GetProperty("articles"));
            for (var i = 0; i < divergence.Sides.Count; i++)
            {
                var s = divergence.Sides[i];
                if (!used.Contains(i) && s.Articles.Intersect(articles).Any() && ContainsAny(s.Value, side.GetProperty("value_contains_any")))
                {
                    used.Add(i);
                    hits++;
                    break;
                }
            }
        }
        return hits >= 2;
    }

    private static string Key(IEnumerable<string> articles) => string.Join(",", articles.Order(StringComparer.Ordinal));

    private static bool ContainsAny(string value, JsonElement words) =>
        words.EnumerateArray().Any(w => value.Contains(w.GetString()!, StringComparison.OrdinalIgnoreCase));

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(a => a.GetString()!)];

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
