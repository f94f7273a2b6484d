using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Analysis.Tests;

/// <summary>The hand-written scanners read text exactly as the regular expressions they replaced.</summary>
public sealed class TextScannerTests
{
    [Fact]
    public void A_word_char_is_what_regex_reads_as_one()
    {
        var word = new Regex(@"^\w$");
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            WordChars.IsWordChar(c).Should().Be(word.IsMatch(c.ToString()), "U+{0:X4}", (int)c);
        }
    }

    [Theory]
    [InlineData("Nicolás Maduro's   government\r\nfreed 250 Venezuelans — “finally”.")]
    [InlineData("  ÉCOLE  naïve_café ١٢٣ İstanbul ǅ test\u0301 \U0001F600 end ")]
    [InlineData("")]
    [InlineData("...!!")]
    public void The_content_hash_is_the_hash_of_the_lower_case_words(string text)
    {
        var words = Regex.Matches(text.ToLowerInvariant(), @"\w+").Select(m => m.Value);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))))[..32];

        TextNormalizer.ContentHash(text).Should().Be(expected);
    }
}
