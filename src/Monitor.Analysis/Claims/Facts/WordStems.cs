namespace Monitor.Analysis;

/// <summary>
/// The lower-case stems facts compare words by ("Democrats" is "democrat", "passed" is "pass"). A word is
/// stemmed once a thread (news repeats its vocabulary) and a sentence's tokens once a sentence, however
/// many facts it holds (<see cref="SentenceStems"/>).
/// </summary>
internal static class WordStems
{
    /// <summary>Past this many words a thread forgets the stems it knows, so the table stays bounded.</summary>
    private const int MaxWords = 50_000;

    [ThreadStatic]
    private static WordIndex<string?>? t_known;

    /// <summary>The stem of a content word; null for a stop word, a mark or a number.</summary>
    public static string? Of(ReadOnlySpan<char> token)
    {
        if (token.Length < 3 || !char.IsLetter(token[0]))
        {
            return null;
        }
        var known = t_known ??= new WordIndex<string?>();
        if (known.Count >= MaxWords)
        {
            known.Clear();
        }
        ref var stem = ref known.GetOrAdd(token, out var read);
        return read ? stem : stem = Read(token);
    }

    private static string? Read(ReadOnlySpan<char> token)
    {
        if (WordLists.IsStopWord(token))
        {
            return null;
        }
        var word = token.ToString().ToLowerInvariant();
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return word[..^3];
        }
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return word.EndsWith("ied", StringComparison.Ordinal) ? word[..^3] + "y" : word[..^2];
        }
        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 ? word[..^1] : word;
    }
}
