using System.Buffers;
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
    public static string ContentHash(string text) => ContentHash("", text);

    /// <summary>
    /// The <see cref="ContentHash(string)"/> of the title and the text a line apart, without joining them
    /// into one string first. The line break is no word, so it only keeps the title's last word apart from the text's first.
    /// </summary>
    public static string ContentHash(string title, string text)
    {
        var length = title.Length + 1 + text.Length;
        var chars = ArrayPool<char>.Shared.Rent(length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        try
        {
            var lower = chars.AsSpan(0, length);
            title.AsSpan().ToLowerInvariant(lower);
            lower[title.Length] = '\n';
            text.AsSpan().ToLowerInvariant(lower[(title.Length + 1)..]);
            var words = lower[..WordChars.KeepWords(lower)];
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(words, bytes)), hash);
            return Convert.ToHexStringLower(hash[..16]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    [GeneratedRegex("<[^>]{0,2000}>")]
    private static partial Regex Tags();
}
