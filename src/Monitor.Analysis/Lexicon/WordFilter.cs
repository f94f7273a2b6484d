namespace Monitor.Analysis;

/// <summary>
/// A quick first test before a word-list look-up: from a word's length and its first and last
/// characters, whether it could be in the list at all. "No" is certain, for ordinal and for
/// ordinal-ignore-case lists alike (ASCII ends compare only with ASCII ends); "maybe" needs the look-up.
/// Most tokens of a text are in none of the small lists, and this answers for them without hashing.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 4096;
    private readonly ulong[] _bits = new ulong[Bits / 64];
    private readonly bool _passesAll;

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (!HasAsciiEnds(word))
            {
                _passesAll = true; // a word with other ends could match words this test would turn away
                continue;
            }
            var bit = Bit(word);
            _bits[bit / 64] |= 1UL << (bit % 64);
        }
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (_passesAll || !HasAsciiEnds(word))
        {
            return true;
        }
        var bit = Bit(word);
        return (_bits[bit / 64] & (1UL << (bit % 64))) != 0;
    }

    private static bool HasAsciiEnds(ReadOnlySpan<char> word) => word.Length > 0 && char.IsAscii(word[0]) && char.IsAscii(word[^1]);

    private static int Bit(ReadOnlySpan<char> word) =>
        (int)(((uint)Fold(word[0]) * 131 + Fold(word[^1]) * 31 + (uint)Math.Min(word.Length, 63)) % Bits);

    private static uint Fold(char c) => char.IsAsciiLetterLower(c) ? (uint)c - 32 : c;
}
