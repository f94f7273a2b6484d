namespace Monitor.Analysis;

/// <summary>
/// Splits text into tokens: acronyms with dots, abbreviations, words (hyphens kept), possessives, numbers,
/// marks. A hand-written scanner that reads as the regular expression it replaced did (the tests hold the
/// pattern and compare): at each position the first rule that applies wins.
/// </summary>
public static class Tokenizer
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        new HashSet<string>(["Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Adm", "Sgt", "Capt", "St", "Jr", "Sr", "Rev", "Prof", "Maj", "Ft", "Mt", "Det"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public static Token[] Tokenize(string text, int start, int length) =>
        [.. Tokenize(text, start, length, new TokenStore(length / 4))];

    public static Token[] Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>Adds the tokens of the text from <paramref name="start"/> to a store; returns them.</summary>
    internal static ArraySegment<Token> Tokenize(string text, int start, int length, TokenStore into)
    {
        var first = into.Count;
        var span = text.AsSpan(start, length);
        for (var i = 0; i < span.Length;)
        {
            if (char.IsWhiteSpace(span[i]))
            {
                i++;
                continue;
            }
            var end = TokenEnd(span, i);
            into.Add(new Token(text, start + i, end - i));
            i = end;
        }
        return into.Since(first);
    }

    private static int TokenEnd(ReadOnlySpan<char> s, int i)
    {
        // The rules before the word rule all open with a capital, and only the number rule takes a digit.
        if (char.IsAsciiLetterLower(s[i]))
        {
            return TokenChars.Word(s, i);
        }
        if (char.IsAsciiDigit(s[i]))
        {
            return TokenChars.Number(s, i);
        }
        var end = Initials(s, i);
        end = end > 0 ? end : Abbreviation(s, i);
        end = end > 0 ? end : InitialBeforeName(s, i);
        end = end > 0 ? end : TokenChars.Word(s, i);
        end = end > 0 ? end : Possessive(s, i);
        end = end > 0 ? end : TokenChars.Number(s, i);
        return end > 0 ? end : i + 1;
    }

    /// <summary>"U.S.", "D.C.": two or more capitals each with a dot.</summary>
    private static int Initials(ReadOnlySpan<char> s, int i)
    {
        var (j, count) = (i, 0);
        while (j + 1 < s.Length && s[j + 1] == '.' && TokenChars.IsUpper(s[j]))
        {
            (j, count) = (j + 2, count + 1);
        }
        return count >= 2 ? j : -1;
    }

    /// <summary>
    /// "Mr.", "Sen." before white space. An abbreviation is letters, so the run of letters from
    /// <paramref name="i"/> ends where its dot must be; one set look-up then answers for all of them.
    /// </summary>
    private static int Abbreviation(ReadOnlySpan<char> s, int i)
    {
        if (!char.IsAsciiLetterUpper(s[i]))
        {
            return -1;
        }
        var dot = TokenChars.LettersAndMarks(s, i + 1);
        return dot + 1 < s.Length && s[dot] == '.' && char.IsWhiteSpace(s[dot + 1]) && Abbreviations.Contains(s[i..dot]) ? dot + 1 : -1;
    }

    /// <summary>"J. Smith": a capital and a dot before white space and a capital.</summary>
    private static int InitialBeforeName(ReadOnlySpan<char> s, int i) =>
        i + 3 < s.Length && s[i + 1] == '.' && TokenChars.IsUpper(s[i]) && char.IsWhiteSpace(s[i + 2]) && TokenChars.IsUpper(s[i + 3]) ? i + 2 : -1;

    /// <summary>"'s" standing alone.</summary>
    private static int Possessive(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && s[i] is '\'' or '’' && s[i + 1] is 's' or 'S' && TokenChars.EndsWord(s, i + 2) ? i + 2 : -1;
}
