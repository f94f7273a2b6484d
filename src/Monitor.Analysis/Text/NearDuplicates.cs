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
        var (length, count) = (0, 0);
        foreach (var token in BodyWords(sentences))
        {
            length += token.Text.Length;
            count++;
        }
        // The words lower-cased into one buffer, each ending at ends[w]: no string per word.
        var chars = ArrayPool<char>.Shared.Rent(length);
        var ends = ArrayPool<int>.Shared.Rent(count + 1);
        try
        {
            var end = 0;
            ends[0] = 0;
            var w = 0;
            foreach (var token in BodyWords(sentences))
            {
                end += token.Text.AsSpan().ToLowerInvariant(chars.AsSpan(end));
                ends[++w] = end;
            }
            return count < Shingle ? "nd-" + string.Join('-', Enumerable.Range(0, count).Select(i => new string(Word(chars, ends, i))))
                : "nd-" + Smallest(chars, ends, count).ToString("x16", CultureInfo.InvariantCulture);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ends);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static IEnumerable<Token> BodyWords(IReadOnlyList<Sentence> sentences) =>
        sentences.Where(s => !s.IsHeading).SelectMany(s => s.Tokens).Where(t => t.IsWord || t.IsNumber);

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
