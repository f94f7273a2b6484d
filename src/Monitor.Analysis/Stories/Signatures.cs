namespace Monitor.Analysis;

/// <summary>
/// What the story index compares: the article's content words and figures (title words count three
/// times) and the keys of the entities it names, most named first.
/// </summary>
internal static class Signatures
{
    private const int MaxTerms = 60;
    private const int MaxEntities = 30;

    // A tally of terms and one of entities a thread: their strings stay from article to article, and growing fresh tables cost more than counting.
    [ThreadStatic]
    private static TermTally? t_terms;

    [ThreadStatic]
    private static TermTally? t_entities;

    public static StorySignature For(ReadOnlySpan<Token> title, IReadOnlyList<Sentence> sentences, ArticleEntities entities, DateTimeOffset? published) =>
        new(Terms(title, sentences), EntityKeys(entities), published);

    private static List<WeightedTerm> Terms(ReadOnlySpan<Token> title, IReadOnlyList<Sentence> sentences)
    {
        var terms = t_terms ??= new TermTally(Read);
        terms.Start();
        foreach (var token in title)
        {
            Count(terms, token, 3);
        }
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                Count(terms, tokens[i], 1);
            }
        }
        return terms.Strongest(MaxTerms, static (term, count) => new WeightedTerm(term, Math.Sqrt(count)));
    }

    private static List<string> EntityKeys(ArticleEntities entities)
    {
        var mentions = t_entities ??= new TermTally();
        mentions.Start();
        foreach (var name in entities.Names)
        {
            if (name.Kind != EntityKind.Other)
            {
                mentions.Add(name.Key, 1);
            }
        }
        return mentions.Strongest(MaxEntities, static (key, _) => key);
    }

    /// <summary>
    /// What a figure weighs against a word: an exact figure ("612,000", "3.7") names one event's
    /// news, where the words of a weekly report ("applications rose") are the same every week.
    /// Without publication times, the figures are most of what tells a recurring story's events apart.
    /// </summary>
    private const double FigureFactor = 3;

    private static void Count(TermTally terms, Token token, double weight)
    {
        if (token.IsWord && token.Text.Length >= 3 || token.IsNumber && token.Text.Length >= 2)
        {
            terms.AddWord(token.Text, weight);
        }
    }

    /// <summary>The term a word of three letters or more (or a figure of two characters or more) counts for, and its weight's factor; stop words count for none.</summary>
    private static (string? Term, double Factor) Read(ReadOnlySpan<char> word)
    {
        if (char.IsDigit(word[0]))
        {
            return (word.ToString(), FigureFactor);
        }
        if (WordLists.StopWords.Contains(word))
        {
            return (null, 0);
        }
        Span<char> buffer = word.Length < 64 ? stackalloc char[64] : new char[word.Length + 1];
        var lower = buffer[..word.ToLowerInvariant(buffer)];
        // Names and rare words tell stories apart; frequent words barely do.
        var factor = CommonWords.Contains(lower) ? 0.2 : char.IsUpper(word[0]) ? 1.5 : 1;
        // Synonyms of an event ("swap", "exchange") are one term, and what happened weighs more than where.
        return EventClaims.ClassOf(lower) is { } eventClass ? (eventClass, 2) : (Stem(buffer, lower.Length).ToString(), factor);
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
