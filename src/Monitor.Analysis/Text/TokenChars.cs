using System.Globalization;

namespace Monitor.Analysis;

/// <summary>The character classes and the word and number rules of the tokenizer, as regular expressions read them.</summary>
internal static class TokenChars
{
    public static bool IsUpper(char c) => char.IsAsciiLetterUpper(c) || c > '\x7f' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter;

    public static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsLetterOrMark(char c) => char.IsAsciiLetter(c) || c > '\x7f' && (char.IsLetter(c) || IsMark(c));

    private static bool IsLetterMarkOrDigit(char c) => IsLetterOrMark(c) || char.IsDigit(c);

    /// <summary>A word boundary after position <paramref name="at"/> - 1, which is a word character: the text ends or a non-word character follows.</summary>
    public static bool EndsWord(ReadOnlySpan<char> s, int at) =>
        at >= s.Length || !(WordChars.IsWordChar(s[at]) || s[at] is '\u200C' or '\u200D');

    /// <summary>A letter, then letters and marks; hyphenated parts; an apostrophe and letters unless it is a possessive "'s".</summary>
    public static int Word(ReadOnlySpan<char> s, int i)
    {
        if (!char.IsLetter(s[i]))
        {
            return -1;
        }
        var j = LettersAndMarks(s, i + 1);
        while (j + 1 < s.Length && s[j] == '-' && IsLetterMarkOrDigit(s[j + 1]))
        {
            j = Skip(s, j + 1, IsLetterMarkOrDigit);
        }
        if (j + 1 < s.Length && s[j] is '\'' or '’' && !(s[j + 1] is 's' or 'S' && EndsWord(s, j + 2)) && char.IsLetter(s[j + 1]))
        {
            j = Skip(s, j + 1, char.IsLetter);
        }
        return j;
    }

    /// <summary>The end of the run of letters and marks from <paramref name="j"/>.</summary>
    public static int LettersAndMarks(ReadOnlySpan<char> s, int j)
    {
        while (j < s.Length && IsLetterOrMark(s[j]))
        {
            j++;
        }
        return j;
    }

    /// <summary>Digits, with groups after dots or commas: "1,200", "3.5".</summary>
    public static int Number(ReadOnlySpan<char> s, int i)
    {
        if (!char.IsDigit(s[i]))
        {
            return -1;
        }
        var j = Skip(s, i + 1, char.IsDigit);
        while (j + 1 < s.Length && s[j] is '.' or ',' && char.IsDigit(s[j + 1]))
        {
            j = Skip(s, j + 1, char.IsDigit);
        }
        return j;
    }

    private static int Skip(ReadOnlySpan<char> s, int j, Func<char, bool> test)
    {
        while (j < s.Length && test(s[j]))
        {
            j++;
        }
        return j;
    }
}
