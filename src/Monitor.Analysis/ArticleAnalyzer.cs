using System.Text.RegularExpressions;

namespace Monitor.Analysis;

/// <summary>The engine's entry point: one article in, its signature, entities and claims out. Pure and deterministic.</summary>
public sealed partial class ArticleAnalyzer
{
    private static readonly HashSet<string> StopWords = new(
        "the a an and or but of to in on for with from by at as is are was were be been has have had that this these those it its their his her they them he she which who what when where will would can could not no into over under after before about than more most also said says".Split(' '),
        StringComparer.Ordinal);

    public AnalyzedArticle Analyze(ArticleInput input)
    {
        var text = TextNormalizer.ToPlainText(input.Text);
        var title = TextNormalizer.ToPlainText(input.Title).Trim();
        var hash = TextNormalizer.ContentHash(title + "\n" + text);
        var terms = Terms(title + "\n" + text);
        var entities = Entities(text);
        var signature = new StorySignature(terms, [.. entities.Select(e => e.Key)], input.Published);
        return new AnalyzedArticle(input.Id, input.Source, title, input.Url, input.Published, hash, hash, signature, entities, []);
    }

    private static List<WeightedTerm> Terms(string text) =>
        [.. Word().Matches(text.ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => w.Length > 3 && !StopWords.Contains(w))
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(40)
            .Select(g => new WeightedTerm(g.Key, 1 + Math.Log(g.Count())))];

    private static List<EntityMention> Entities(string text) =>
        [.. ProperName().Matches(text)
            .Select(m => m.Value)
            .GroupBy(n => n.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new EntityMention("other:" + g.Key, g.First(), EntityKind.Other, [.. g.Distinct()], []))];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+")]
    private static partial Regex ProperName();
}
