using Monitor.Analysis;

namespace Monitor.Tests;

/// <summary>
/// A deterministic stream of made-up events, each told by several outlets that share its names and
/// disagree on a count, so stories, entities, sources and divergences all have work to do.
/// </summary>
internal static class EventArticles
{
    public static IReadOnlyList<ArticleInput> Make(int events, int perEvent, int seed)
    {
        var random = new Random(seed);
        var articles = new List<ArticleInput>();
        for (var e = 0; e < events; e++)
        {
            var place = Name(random);
            var person = $"{Name(random)} {Name(random)}";
            var company = Name(random) + " Industries";
            var thing = Name(random).ToLowerInvariant();
            for (var a = 0; a < perEvent; a++)
            {
                var count = a % 3 == 0 ? 120 : 40;
                articles.Add(new ArticleInput(
                    $"e{e:000}-a{a:00}-{seed}",
                    $"Outlet {a}",
                    $"{company} {thing} halted in {place}",
                    $"Work on the {thing} of {company} in {place} stopped on Tuesday. " +
                    $"Mayor {person} said {count} workers were sent home from the {thing} site. " +
                    $"{company} said the {thing} in {place} would resume once inspectors finish. " +
                    $"Residents of {place} asked {person} about the {thing} again in report {a}."));
            }
        }
        return articles;
    }

    private static string Name(Random random)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var chars = new char[7];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 2 == 0 ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)];
        }
        chars[0] = char.ToUpperInvariant(chars[0]);
        return new string(chars);
    }
}
