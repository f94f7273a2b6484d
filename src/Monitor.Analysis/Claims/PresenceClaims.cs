using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// Who and what the article is about: an entity it names twice or in its opening is involved.
/// These never contradict one another; they let independent sources agree on the parties of a story.
/// </summary>
internal static class PresenceClaims
{
    private const int Opening = 3;

    private static readonly NameMemo<string> Keys = new(TextKey.Of);
    private static readonly NameMemo<string> Slots = new(label => $"involved: {label}");

    /// <summary>The parties of the article being read and their places by label: one of each a thread, emptied for each article.</summary>
    [ThreadStatic]
    private static Parties? t_parties;

    private sealed class Parties
    {
        public readonly List<(string Label, int Names, int FirstSentence, int EarliestSentence)> InOrder = [];
        public readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByLabel =
            new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        public void Clear()
        {
            InOrder.Clear();
            ByLabel.Dictionary.Clear();
        }
    }

    public static void Add(ClaimContext context, List<Claim> claims)
    {
        // The parties by label, in the order the article first names them; a label's string is made once.
        var table = t_parties ??= new Parties();
        table.Clear();
        var (parties, byLabel) = (table.InOrder, table.ByLabel);
        foreach (var name in context.Entities.Names)
        {
            var sentence = name.Span.Sentence;
            if (byLabel.TryGetValue(Label(name), out var party))
            {
                ref var seen = ref CollectionsMarshal.AsSpan(parties)[party];
                (seen.Names, seen.EarliestSentence) = (seen.Names + 1, Math.Min(seen.EarliestSentence, sentence));
                continue;
            }
            var label = name.Kind == EntityKind.Person ? PersonName.Surname(name.Name) : name.Name;
            byLabel.Dictionary.Add(label, parties.Count);
            parties.Add((label, 1, sentence, sentence));
        }
        foreach (var (label, names, first, earliest) in parties)
        {
            if (names < 2 && first >= Opening)
            {
                continue;
            }
            claims.Add(new Claim(Slots[label], ClaimKind.Other, new ClaimValue(label, Keys[label]), context.Sentences[earliest].Text));
        }
        table.Clear();
    }

    /// <summary>People by surname, so "Maduro" and "Nicolás Maduro" in two articles are one party.</summary>
    private static ReadOnlySpan<char> Label(LocatedName name) =>
        name.Kind == EntityKind.Person ? PersonName.SurnameOf(name.Name) : name.Name;
}
