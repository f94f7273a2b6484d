using System.Buffers;
using System.Globalization;

namespace Monitor.Analysis;

/// <summary>
/// A key shared by near-duplicate texts (syndicated copies): the smallest hash over the article's
/// five-word shingles, so two texts get the same key with the probability that their shingle sets overlap.
/// </summary>
internal static class NearDuplicates
{
    private const int Shingle = 5;

    public static string Key(IReadOnlyList<Sentence> sentences)
    {
        var (length, tokens) = (0, 0);
        foreach (var sentence in sentences)
        {
            length += sentence.Length;
            tokens += sentence.Tokens.Length;
        }
        // The words lower-cased into one buffer, word w from ends[w] to ends[w + 1]: no string a word.
        var chars = ArrayPool<char>.Shared.Rent(length);
        var ends = ArrayPool<int>.Shared.Rent(tokens + 1);
        try
        {
            var count = LowerBodyWords(sentences, chars, ends);
            return count < Shingle ? "nd-" + string.Join('-', Enumerable.Range(0, count).Select(w => new string(Word(chars, ends, w))))
                : "nd-" + Smallest(chars, ends, count).ToString("x16", CultureInfo.InvariantCulture);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The words and numbers outside headings, lower-cased; returns how many.</summary>
    private static int LowerBodyWords(IReadOnlyList<Sentence> sentences, char[] chars, int[] ends)
    {
        var count = 0;
        ends[0] = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.IsHeading)
            {
                continue;
            }
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].IsWord || tokens[i].IsNumber)
                {
                    ends[count + 1] = ends[count] + tokens[i].Text.ToLowerInvariant(chars.AsSpan(ends[count]));
                    count++;
                }
            }
        }
        return count;
    }

    private static ReadOnlySpan<char> Word(char[] chars, int[] ends, int w) => chars.AsSpan(ends[w], ends[w + 1] - ends[w]);

    private static ulong Smallest(char[] chars, int[] ends, int count)
    {
        var best = ulong.MaxValue;
        for (var i = 0; i + Shingle <= count; i++)
        {
            best = Math.Min(best, Fnv(chars, ends, i));
        }
        return best;
    }

    /// <summary>FNV-1a over the shingle's characters: stable across processes, unlike string.GetHashCode.</summary>
    private static ulong Fnv(char[] chars, int[] ends, int start)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + Shingle; w++)
        {
            foreach (var c in Word(chars, ends, w))
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ ' ') * 1099511628211UL;
        }
        return hash;
    }
}
