using System.Text.RegularExpressions;

namespace Monitor.Analysis;

/// <summary>Splits text into tokens: acronyms with dots, abbreviations, words (hyphens kept), possessives, numbers, marks.</summary>
public static partial class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int length)
    {
        var tokens = new List<Token>(length / 5 + 1);
        foreach (var match in TokenPattern().EnumerateMatches(text.AsSpan(start, length)))
        {
            tokens.Add(new Token(text.Substring(start + match.Index, match.Length), start + match.Index));
        }
        return tokens;
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    [GeneratedRegex(
        @"(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Adm|Sgt|Capt|St|Jr|Sr|Rev|Prof|Maj)\.(?=\s)|\p{Lu}\.(?=\s\p{Lu})|\p{L}[\p{L}\p{M}]*(?:-[\p{L}\p{M}\d]+)*(?:['’](?![sS]\b)\p{L}+)?|['’][sS]\b|\d+(?:[.,]\d+)*|\S",
        RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
