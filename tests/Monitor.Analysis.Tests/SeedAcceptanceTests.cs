using System.Text.Json;

namespace Monitor.Analysis.Tests;

/// <summary>The checks of score.py for the seed gold: stories, required divergences, consensus and entities.</summary>
public sealed class SeedAcceptanceTests
{
    private static readonly SeedPipeline Pipeline = SeedPipeline.Run(SeedPipeline.ReadSeeds());
    private static readonly JsonElement Gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds-gold.json"))).RootElement;

    private static bool ContainsAny(string value, JsonElement words) =>
        words.EnumerateArray().Any(w => value.Contains(w.GetString()!, StringComparison.OrdinalIgnoreCase));

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(a => a.GetString()!)];

    [Fact]
    public void Stories_match_the_gold_partition()
    {
        var found = Pipeline.ArticlesByStory.Values.Select(a => string.Join(",", a.Order(StringComparer.Ordinal))).Order();
        var gold = Gold.GetProperty("stories").EnumerateArray().Select(s => string.Join(",", Strings(s.GetProperty("articles")).Order(StringComparer.Ordinal))).Order();
        found.Should().Equal(gold);
    }

    [Fact]
    public void Every_required_divergence_is_found_with_verbatim_quotes()
    {
        var all = Pipeline.Stories.Values.SelectMany(s => s.Divergences())
            .Concat(Pipeline.Entities.Values.SelectMany(e => e.View().Divergences)).ToList();
        foreach (var required in Gold.GetProperty("divergences").GetProperty("required").EnumerateArray())
        {
            all.Should().Contain(d => Matches(required, d), because: required.GetProperty("about").GetString());
        }
        var texts = SeedPipeline.ReadSeeds().ToDictionary(a => a.Id, a => Normalise(a.Text));
        all.SelectMany(d => d.Sides).Should().OnlyContain(side => side.Quotes.All(q => side.Articles.Any(a => texts[a].Contains(Normalise(q), StringComparison.Ordinal))));
        all.Should().OnlyContain(d => d.Sides.Select(s => s.Value).Distinct().Count() == d.Sides.Count);
    }

    [Fact]
    public void Consensus_holds_every_gold_item()
    {
        foreach (var item in Gold.GetProperty("consensus").EnumerateArray())
        {
            var wanted = Strings(item.GetProperty("articles"));
            var story = Pipeline.ArticlesByStory.MaxBy(s => s.Value.Intersect(wanted).Count()).Key;
            Pipeline.Stories[story].Consensus().Should().Contain(
                c => ContainsAny(c.Value + " " + c.Slot, item.GetProperty("value_contains_any")) && c.Articles.Intersect(wanted).Count() >= item.GetProperty("min_sources").GetInt32(),
                because: item.GetProperty("about").GetString());
        }
    }

    [Fact]
    public void Each_gold_entity_is_one_entity_over_its_articles()
    {
        var views = Pipeline.Entities.Values.Select(e => e.View()).ToList();
        foreach (var item in Gold.GetProperty("entities").EnumerateArray())
        {
            var names = item.GetProperty("name_contains_any");
            var wanted = Strings(item.GetProperty("articles"));
            var named = views.Where(v => ContainsAny(v.Name + " " + string.Join(" ", v.Aliases), names)).ToList();
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

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
