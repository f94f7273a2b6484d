using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Analysis.Tests;

/// <summary>The hand-written tokenizer splits text exactly as the regular expression it replaced.</summary>
public sealed partial class TokenizerTests
{
    // The tokenizer's former pattern, kept here as its specification.
    [GeneratedRegex(
        @"(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Adm|Sgt|Capt|St|Jr|Sr|Rev|Prof|Maj)\.(?=\s)|\p{Lu}\.(?=\s\p{Lu})|\p{L}[\p{L}\p{M}]*(?:-[\p{L}\p{M}\d]+)*(?:['’](?![sS]\b)\p{L}+)?|['’][sS]\b|\d+(?:[.,]\d+)*|\S",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private static readonly string[] Pieces =
    [
        "U.S.", "U.S", "A.", "J. Smith", "Mr.", "Mrs. ", "Mrs", "Sen.", "St.Louis", "Dr. ", "Capt.", "Maj.x", "Maduro's", "Maduro’s",
        "'s", "’S", "'sa", "o'clock", "rock'n'roll", "don't", "Venezuela-born", "mega-prison", "COVID-19", "x-", "-y", "1,200", "3.5", "7.",
        "1.2.3", ",5", "250", "١٢٣", "café", "e\u0301", "\u0301a", "ǅx", "İstanbul", "\u200D", "\u200C", "_", "a_b", "'s\u200D", "'s_", "—", "“", "”",
        "(", ")", "$", "€5", "\U0001F600", "\u00A0", "\t", "\n", " ", "  ", ".", "!", "?", "a", "Z", "ß", "Ω.", "Ω. Ω", "x'", "x' ", "x'1", "\u0903",
    ];

    [Fact]
    public void Tokens_match_the_former_pattern_on_mixed_text()
    {
        var random = new Random(17);
        for (var round = 0; round < 20_000; round++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 8); n > 0; n--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var sample = text.ToString();
            var start = random.Next(0, Math.Min(2, sample.Length));
            var length = random.Next(0, sample.Length - start + 1);
            Tokenizer.Tokenize(sample, start, length).Should().Equal(Expected(sample, start, length), "of \"{0}\" from {1} for {2}", sample, start, length);
        }
    }

    [Fact]
    public void Tokens_match_the_former_pattern_on_the_seeds()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var text = File.ReadAllText(path);
            Tokenizer.Tokenize(text).Should().Equal(Expected(text, 0, text.Length));
        }
    }

    private static List<Token> Expected(string text, int start, int length)
    {
        var tokens = new List<Token>();
        foreach (var match in Pattern().EnumerateMatches(text.AsSpan(start, length)))
        {
            tokens.Add(new Token(text.Substring(start + match.Index, match.Length), start + match.Index));
        }
        return tokens;
    }
}
