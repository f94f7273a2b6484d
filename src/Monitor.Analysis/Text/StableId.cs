using System.Security.Cryptography;
using System.Text;

namespace Monitor.Analysis;

/// <summary>
/// An id that the same text always gets, in any process and any order of arrival: a prefix and twelve
/// hex digits, the first six bytes of the text's SHA-256.
/// </summary>
internal static class StableId
{
    public static string Of(string prefix, string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return prefix + Convert.ToHexStringLower(hash[..6]);
    }
}
