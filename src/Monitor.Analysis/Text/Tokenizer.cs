using System.Text.RegularExpressions;

namespace Monitor.Analysis;

/// <summary>Splits text into tokens: acronyms with dots, abbreviations, words (hyphens kept), possessives, numbers, marks.</summary>
public static partial class Tokenizer
{
    // One growing list a thread to collect into, then a copy of the exact size: a guessed capacity cost a regrowth in most sentences.
    [ThreadStatic]
    private static List<Token>? t_found;

    public static List<Token> Tokenize(string text, int start, int length)
    {
        var found = t_found ??= new List<Token>(256);
        try
        {
            foreach (var match in TokenPattern().EnumerateMatches(text.AsSpan(start, length)))
            {
                found.Add(new Token(text.Substring(start + match.Index, match.Length), start + match.Index));
            }
            return [.. found];
        }
        finally
        {
            found.Clear();
        }
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    [GeneratedRegex(
        @"(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Adm|Sgt|Capt|St|Jr|Sr|Rev|Prof|Maj)\.(?=\s)|\p{Lu}\.(?=\s\p{Lu})|\p{L}[\p{L}\p{M}]*(?:-[\p{L}\p{M}\d]+)*(?:['’](?![sS]\b)\p{L}+)?|['’][sS]\b|\d+(?:[.,]\d+)*|\S",
        RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
