using System.Globalization;

namespace Monitor.Analysis;

/// <summary>
/// The characters of a word as regular expressions read <c>\w</c> (letters, non-spacing marks, decimal
/// digits, connector punctuation), so hand-written scanners keep the hashes the regex gave.
/// </summary>
internal static class WordChars
{
    private const int Categories =
        1 << (int)UnicodeCategory.UppercaseLetter | 1 << (int)UnicodeCategory.LowercaseLetter
        | 1 << (int)UnicodeCategory.TitlecaseLetter | 1 << (int)UnicodeCategory.ModifierLetter
        | 1 << (int)UnicodeCategory.OtherLetter | 1 << (int)UnicodeCategory.NonSpacingMark
        | 1 << (int)UnicodeCategory.DecimalDigitNumber | 1 << (int)UnicodeCategory.ConnectorPunctuation;

    public static bool IsWordChar(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) || c == '_' : (Categories & (1 << (int)CharUnicodeInfo.GetUnicodeCategory(c))) != 0;

    /// <summary>Keeps only the words of <paramref name="text"/>, one space between them; returns the new length.</summary>
    public static int KeepWords(Span<char> text)
    {
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            if (length > 0)
            {
                text[length++] = ' ';
            }
            while (i < text.Length && IsWordChar(text[i]))
            {
                text[length++] = text[i++];
            }
        }
        return length;
    }
}
