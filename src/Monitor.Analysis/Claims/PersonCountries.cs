namespace Monitor.Analysis;

/// <summary>
/// Ties people to countries from what the article says: "El Salvador's President Bukele",
/// "Venezuelan President Maduro", "Maduro's government in Venezuela", "the Maduro-led Venezuelan government".
/// </summary>
internal static class PersonCountries
{
    private const int Reach = 5;

    /// <summary>What an article that ties no one to a country gets: one empty table, shared and never written.</summary>
    private static readonly IReadOnlyDictionary<string, Country> None = new Dictionary<string, Country>();

    public static IReadOnlyDictionary<string, Country> Find(IReadOnlyList<Sentence> sentences, IReadOnlyList<LocatedName> names)
    {
        Dictionary<string, Country>? found = null;
        foreach (var name in names)
        {
            if (name.Kind != EntityKind.Person)
            {
                continue;
            }
            if (name.CountryOfPerson is { } said)
            {
                (found ??= new(StringComparer.Ordinal)).TryAdd(name.Key, said);
                continue;
            }
            var tokens = sentences[name.Span.Sentence].Tokens;
            var end = name.Span.End;
            var led = tokens[end - 1].Text.Contains("-led", StringComparison.OrdinalIgnoreCase);
            var possessive = end < tokens.Length && tokens[end].Text is "'s" or "’s";
            if (!led && !possessive)
            {
                continue;
            }
            var country = CountryAfter(names, name.Span.Sentence, end);
            if (country is not null && (led || GovernmentBetween(tokens, end, country, names, name.Span.Sentence)))
            {
                (found ??= new(StringComparer.Ordinal)).TryAdd(name.Key, country);
            }
        }
        return found ?? None;
    }

    /// <summary>The first country named in the sentence within <see cref="Reach"/> tokens from <paramref name="end"/>.</summary>
    private static Country? CountryAfter(IReadOnlyList<LocatedName> names, int sentence, int end)
    {
        foreach (var n in names)
        {
            if (n.Span.Sentence == sentence && n.Span.Country is not null && n.Span.First >= end && n.Span.First <= end + Reach)
            {
                return n.Span.Country;
            }
        }
        return null;
    }

    /// <summary>"Maduro's government in Venezuela": a possessive ties a person to a country only through a government noun.</summary>
    private static bool GovernmentBetween(ReadOnlySpan<Token> tokens, int from, Country country, IReadOnlyList<LocatedName> names, int sentence)
    {
        for (var i = from; i < Math.Min(tokens.Length, from + Reach); i++)
        {
            if (tokens[i].Is("government") || tokens[i].Is("regime") || tokens[i].Is("administration"))
            {
                return true;
            }
        }
        return false;
    }
}
