using System.Buffers;
using System.Globalization;
using System.Text;

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
                    var end = starts[count] + Lower(tokens[i].Text, chars.AsSpan(starts[count]));
                    chars[end] = ' ';
                    starts[++count] = end + 1;
                }
            }
        }
        return count;
    }

    /// <summary>
    /// Writes <paramref name="word"/> lower-cased to <paramref name="into"/>; returns its length. A word of
    /// plain ASCII (most are) is lowered here, any other as <see cref="MemoryExtensions.ToLowerInvariant"/> does.
    /// </summary>
    private static int Lower(ReadOnlySpan<char> word, Span<char> into)
    {
        if (!Ascii.IsValid(word))
        {
            return word.ToLowerInvariant(into);
        }
        var target = into[..word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            target[i] = char.IsAsciiLetterUpper(word[i]) ? (char)(word[i] | 0x20) : word[i];
        }
        return word.Length;
    }

    /// <summary>Word <paramref name="w"/> without its space.</summary>
    private static ReadOnlySpan<char> Word(char[] chars, int[] starts, int w) => chars.AsSpan(starts[w], starts[w + 1] - starts[w] - 1);

    private static ReadOnlySpan<char> ShingleAt(char[] chars, int[] starts, int first) => chars.AsSpan(starts[first], starts[first + Shingle] - starts[first]);

    private static ulong Smallest(char[] chars, int[] starts, int count)
    {
        var best = ulong.MaxValue;
        var i = 0;
        for (; i + 3 + Shingle <= count; i += 4)
        {
            best = Math.Min(best, Fnv(ShingleAt(chars, starts, i), ShingleAt(chars, starts, i + 1), ShingleAt(chars, starts, i + 2), ShingleAt(chars, starts, i + 3)));
        }
        for (; i + Shingle <= count; i++)
        {
            best = Math.Min(best, Fnv(FnvOffset, ShingleAt(chars, starts, i)));
        }
        return best;
    }

    /// <summary>
    /// The smallest hash of four shingles, hashed at once. Each character's multiply waits for the one before
    /// it, so one hash keeps the multiplier idle most of the time; four independent chains run side by side.
    /// </summary>
    private static ulong Fnv(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third, ReadOnlySpan<char> fourth)
    {
        var (a, b, c, d) = (FnvOffset, FnvOffset, FnvOffset, FnvOffset);
        var common = Math.Min(Math.Min(first.Length, second.Length), Math.Min(third.Length, fourth.Length));
        for (var k = 0; k < common; k++)
        {
            a = (a ^ first[k]) * FnvPrime;
            b = (b ^ second[k]) * FnvPrime;
            c = (c ^ third[k]) * FnvPrime;
            d = (d ^ fourth[k]) * FnvPrime;
        }
        return Math.Min(
            Math.Min(Fnv(a, first[common..]), Fnv(b, second[common..])),
            Math.Min(Fnv(c, third[common..]), Fnv(d, fourth[common..])));
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
