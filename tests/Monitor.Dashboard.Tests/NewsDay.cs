using System.Text.Json;

namespace Monitor.Dashboard.Tests;

/// <summary>
/// A generated news day: a folder of articles written here (made-up places and people, a few
/// general words), one to three outlets a story, published over three days. A few headlines carry
/// <see cref="Marker"/>, so a search has something to narrow to.
/// </summary>
public static class NewsDay
{
    public const string Marker = "Velmorant";
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);
    public static readonly string[] Outlets =
        ["daily-amber", "north-wire", "harbor-post", "city-ledger", "morning-star", "valley-news", "east-herald", "river-times"];

    private static readonly string[] Events =
        ["Flood", "Strike", "Election", "Fire", "Trial", "Protest", "Summit", "Outage", "Rescue", "Budget vote", "Storm", "Merger"];

    /// <summary>Writes the folder (<c>*.txt</c> and a <c>manifest.json</c>) and returns how many stories it tells.</summary>
    public static int Write(string folder, int stories)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(20261102);
        var manifest = new Dictionary<string, object>();
        for (var s = 0; s < stories; s++)
        {
            var place = Name(random, 3);
            var person = Name(random, 2) + " " + Name(random, 3);
            var words = Enumerable.Range(0, 8).Select(_ => Name(random, 2).ToLowerInvariant()).ToArray();
            var headline = $"{Events[s % Events.Length]} in {place}: {person} {words[0]} {words[1]}" + (s % 40 == 7 ? $" near {Marker}" : "");
            var published = Start.AddMinutes(s * 17);
            // Most stories are told by one to three outlets within two hours; one in thirty by seven over a day.
            var wide = s % 30 == 11;
            var outlets = Outlets.OrderBy(_ => random.Next()).Take(wide ? 7 : 1 + (s % 5 == 0 ? 2 : s % 3 == 0 ? 1 : 0)).ToArray();
            for (var a = 0; a < outlets.Length; a++)
            {
                var file = $"{s:d3}-{a}.txt";
                var text = $"{headline}\n\n{person} said in {place} that {words[2]} {words[3]} {words[4]}. " +
                    $"{place} {words[5]} {words[6]} {words[7]} {words[2]}. {person} {words[3]} {words[5]} {place}." +
                    (a > 0 ? $" {outlets[a]} adds that more is expected." : "");
                File.WriteAllText(Path.Combine(folder, file), text);
                manifest[file] = new { source = outlets[a], url = $"https://example.org/{outlets[a]}/{s}-{a}", published = published.AddMinutes((wide ? 190 : 40) * a), title = headline };
            }
        }
        File.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(manifest));
        return stories;
    }

    /// <summary>A pronounceable made-up name: syllables of a consonant and a vowel.</summary>
    private static string Name(Random random, int syllables)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var name = string.Concat(Enumerable.Range(0, syllables).Select(_ => $"{consonants[random.Next(consonants.Length)]}{vowels[random.Next(vowels.Length)]}"));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
