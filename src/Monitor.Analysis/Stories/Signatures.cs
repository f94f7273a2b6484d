namespace Monitor.Analysis;

/// <summary>
/// What the story index compares: the article's content words (title words count double) and the
/// keys of the entities it names, most named first.
/// </summary>
internal static class Signatures
{
    private const int MaxTerms = 60;
    private const int MaxEntities = 30;

    public static StorySignature For(string title, IReadOnlyList<Sentence> sentences, ArticleEntities entities, DateTimeOffset? published)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(title))
        {
            Count(counts, token, 3);
        }
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                Count(counts, token, 1);
            }
        }
        var terms = counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(MaxTerms)
            .Select(c => new WeightedTerm(c.Key, Math.Sqrt(c.Value)))
            .ToList();
        var keys = entities.Names
            .Where(n => n.Kind != EntityKind.Other)
            .GroupBy(n => n.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxEntities)
            .Select(g => g.Key)
            .ToList();
        return new StorySignature(terms, keys, published);
    }

    private static void Count(Dictionary<string, double> counts, Token token, double weight)
    {
        if (!token.IsWord || token.Text.Length < 3 || WordLists.StopWords.Contains(token.Text))
        {
            return;
        }
        var lower = token.Text.ToLowerInvariant();
        // Names and rare words tell stories apart; frequent words barely do.
        var factor = CommonWords.Words.Contains(lower) ? 0.2 : token.IsCapitalised ? 1.5 : 1;
        // Synonyms of an event ("swap", "exchange") are one term, and what happened weighs more than where.
        var eventClass = EventClaims.ClassOf(lower);
        var term = eventClass ?? Stem(lower);
        factor = eventClass is null ? factor : 2;
        counts[term] = counts.GetValueOrDefault(term) + weight * factor;
    }

    /// <summary>A light stemmer: plurals and common endings, enough to match "swaps" and "swap".</summary>
    internal static string Stem(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 5)
        {
            return word[..^3] + "y";
        }
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^1];
        }
        return word;
    }
}
