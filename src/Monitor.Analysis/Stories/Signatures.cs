using System.Runtime.InteropServices;

namespace Monitor.Analysis;

/// <summary>
/// What the story index compares: the article's content words (title words count double) and the
/// keys of the entities it names, most named first.
/// </summary>
internal static class Signatures
{
    private const int MaxTerms = 60;
    private const int MaxEntities = 30;

    // One table of term counts a thread, emptied after each article: growing a fresh one to hundreds of terms cost more than counting.
    [ThreadStatic]
    private static Dictionary<string, double>? t_counts;

    public static StorySignature For(string title, IReadOnlyList<Sentence> sentences, ArticleEntities entities, DateTimeOffset? published)
    {
        var counts = t_counts ??= new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            return new StorySignature(Terms(counts, title, sentences), EntityKeys(entities), published);
        }
        finally
        {
            counts.Clear();
        }
    }

    private static List<WeightedTerm> Terms(Dictionary<string, double> counts, string title, IReadOnlyList<Sentence> sentences)
    {
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
        return [.. Strongest(counts, MaxTerms).Select(c => new WeightedTerm(c.Key, Math.Sqrt(c.Value)))];
    }

    private static List<string> EntityKeys(ArticleEntities entities)
    {
        var mentions = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in entities.Names)
        {
            if (name.Kind != EntityKind.Other)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(mentions, name.Key, out _)++;
            }
        }
        return [.. Strongest(mentions, MaxEntities).Select(m => m.Key)];
    }

    /// <summary>The <paramref name="take"/> entries of highest value, ties by key: a total order, so the same for any table order.</summary>
    private static ArraySegment<KeyValuePair<string, double>> Strongest(Dictionary<string, double> table, int take)
    {
        var ranked = table.ToArray();
        Array.Sort(ranked, static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        return new ArraySegment<KeyValuePair<string, double>>(ranked, 0, Math.Min(take, ranked.Length));
    }

    private static void Count(Dictionary<string, double> counts, Token token, double weight)
    {
        if (!token.IsWord || token.Text.Length < 3 || WordLists.StopWords.Contains(token.Text))
        {
            return;
        }
        Span<char> buffer = token.Text.Length < 64 ? stackalloc char[64] : new char[token.Text.Length + 1];
        var lower = buffer[..token.Text.ToLowerInvariant(buffer)];
        // Names and rare words tell stories apart; frequent words barely do.
        var factor = CommonWords.Contains(lower) ? 0.2 : token.IsCapitalised ? 1.5 : 1;
        // Synonyms of an event ("swap", "exchange") are one term, and what happened weighs more than where.
        var eventClass = EventClaims.ClassOf(lower);
        var term = eventClass is null ? Stem(buffer, lower.Length) : eventClass;
        factor = eventClass is null ? factor : 2;
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts.GetAlternateLookup<ReadOnlySpan<char>>(), term, out _);
        count += weight * factor;
    }

    /// <summary>
    /// A light stemmer: plurals and common endings, enough to match "swaps" and "swap". Stems the
    /// word of <paramref name="length"/> at the start of <paramref name="word"/> in place (one spare char for the "y").
    /// </summary>
    private static ReadOnlySpan<char> Stem(Span<char> word, int length)
    {
        var text = word[..length];
        if (text.EndsWith("ies", StringComparison.Ordinal) && length > 5)
        {
            word[length - 3] = 'y';
            return word[..(length - 2)];
        }
        if (text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal) && length > 4)
        {
            return word[..(length - 1)];
        }
        return text;
    }
}
