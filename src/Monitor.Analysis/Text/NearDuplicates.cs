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
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static string Key(IReadOnlyList<Sentence> sentences)
    {
        var (length, tokens) = (0, 0);
        foreach (var sentence in sentences)
        {
            length += sentence.Length + sentence.Tokens.Length;
            tokens += sentence.Tokens.Length;
        }
        // The words lower-cased into one buffer, each with the space the hash puts after it: word w is
        // from starts[w] to starts[w + 1], its space included, so a shingle is one run of the buffer.
        var chars = ArrayPool<char>.Shared.Rent(length);
        var starts = ArrayPool<int>.Shared.Rent(tokens + 1);
        try
        {
            var count = LowerBodyWords(sentences, chars, starts);
            return count < Shingle ? "nd-" + string.Join('-', Enumerable.Range(0, count).Select(w => new string(Word(chars, starts, w))))
                : "nd-" + Smallest(chars, starts, count).ToString("x16", CultureInfo.InvariantCulture);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The words and numbers outside headings, lower-cased, each followed by a space; returns how many.</summary>
    private static int LowerBodyWords(IReadOnlyList<Sentence> sentences, char[] chars, int[] starts)
    {
        var count = 0;
        starts[0] = 0;
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
                    var end = starts[count] + tokens[i].Text.ToLowerInvariant(chars.AsSpan(starts[count]));
                    chars[end] = ' ';
                    starts[++count] = end + 1;
                }
            }
        }
        return count;
    }

    /// <summary>Word <paramref name="w"/> without its space.</summary>
    private static ReadOnlySpan<char> Word(char[] chars, int[] starts, int w) => chars.AsSpan(starts[w], starts[w + 1] - starts[w] - 1);

    private static ReadOnlySpan<char> ShingleAt(char[] chars, int[] starts, int first) => chars.AsSpan(starts[first], starts[first + Shingle] - starts[first]);

    private static ulong Smallest(char[] chars, int[] starts, int count)
    {
        var best = ulong.MaxValue;
        var i = 0;
        for (; i + 1 + Shingle <= count; i += 2)
        {
            var (first, second) = Fnv(ShingleAt(chars, starts, i), ShingleAt(chars, starts, i + 1));
            best = Math.Min(best, Math.Min(first, second));
        }
        if (i + Shingle <= count)
        {
            best = Math.Min(best, Fnv(FnvOffset, ShingleAt(chars, starts, i)));
        }
        return best;
    }

    /// <summary>
    /// The hashes of two shingles at once. Each character's multiply waits for the one before it, so
    /// one hash keeps the multiplier idle most of the time; two independent chains run side by side.
    /// </summary>
    private static (ulong First, ulong Second) Fnv(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var (a, b) = (FnvOffset, FnvOffset);
        var common = Math.Min(first.Length, second.Length);
        for (var c = 0; c < common; c++)
        {
            a = (a ^ first[c]) * FnvPrime;
            b = (b ^ second[c]) * FnvPrime;
        }
        return (Fnv(a, first[common..]), Fnv(b, second[common..]));
    }

    /// <summary>FNV-1a over <paramref name="text"/> from <paramref name="hash"/>: stable across processes, unlike string.GetHashCode.</summary>
    private static ulong Fnv(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        return hash;
    }
}
