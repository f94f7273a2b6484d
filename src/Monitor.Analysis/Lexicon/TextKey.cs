using System.Globalization;
using System.Text;

namespace Monitor.Analysis;

/// <summary>A comparison key for names: lower case, accents and punctuation dropped, words joined by '-'.</summary>
public static class TextKey
{
    private const int StackLength = 256;

    public static string Of(string text) => Of("", text);

    /// <summary>The key of <paramref name="text"/> after a <paramref name="prefix"/> ("person:"), made as one string.</summary>
    public static string Of(string prefix, ReadOnlySpan<char> text)
    {
        // Accents are marks of their own once decomposed; most names are decomposed already (plain ASCII).
        scoped var decomposed = text;
        Span<char> onStack = stackalloc char[StackLength];
        if (!text.IsNormalized(NormalizationForm.FormD))
        {
            var length = text.GetNormalizedLength(NormalizationForm.FormD);
            var buffer = length <= StackLength ? onStack : new char[length];
            decomposed = text.TryNormalize(buffer, out length, NormalizationForm.FormD) ? buffer[..length] : text.ToString().Normalize(NormalizationForm.FormD);
        }
        var key = prefix.Length + decomposed.Length <= StackLength ? stackalloc char[StackLength] : new char[prefix.Length + decomposed.Length];
        prefix.CopyTo(key);
        return new string(key[..Append(decomposed, key, prefix.Length)]);
    }

    /// <summary>Writes the key of <paramref name="text"/> to <paramref name="key"/> from <paramref name="start"/>; returns where it ends.</summary>
    private static int Append(ReadOnlySpan<char> text, Span<char> key, int start)
    {
        var length = start;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '’')
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > start)
                {
                    key[length++] = '-';
                }
                pendingSpace = false;
                key[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return length;
    }
}
