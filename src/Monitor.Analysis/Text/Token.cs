namespace Monitor.Analysis;

/// <summary>
/// A word, number or mark of a sentence, with its offset in the article text. The tokenizer's tokens
/// point into the article text rather than each holding a string: an article has thousands of tokens
/// and the rules only compare them. A token made from a string of its own (a test's, say) holds it whole.
/// </summary>
public readonly struct Token : IEquatable<Token>
{
    private readonly string? _source;

    /// <summary>A token of its own text, which starts at <paramref name="start"/> of some text.</summary>
    public Token(string text, int start)
        : this(text, start, text.Length)
    {
    }

    /// <summary>The token at <paramref name="start"/> of <paramref name="source"/>, for <paramref name="length"/> characters.</summary>
    internal Token(string source, int start, int length)
    {
        _source = source;
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The characters of the token: all of the source when it holds only them, else its range; empty for <c>default</c>.</summary>
    public ReadOnlySpan<char> Text => _source is null || _source.Length == Length ? _source : _source.AsSpan(Start, Length);

    public bool IsEmpty => Length == 0;

    public bool IsWord => Length > 0 && char.IsLetter(Text[0]);

    public bool IsNumber => Length > 0 && char.IsDigit(Text[0]);

    public bool IsCapitalised => Length > 0 && char.IsUpper(Text[0]);

    /// <summary>All capitals with at least two letters: "CECOT", "U.S.", "NATO".</summary>
    public bool IsAcronym
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }
                    letters++;
                }
            }
            return letters >= 2;
        }
    }

    public bool Is(string word) => Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool Equals(Token other) => Start == other.Start && Text.SequenceEqual(other.Text);

    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, string.GetHashCode(Text));

    public static bool operator ==(Token left, Token right) => left.Equals(right);

    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    public override string ToString() => Text.ToString();
}
