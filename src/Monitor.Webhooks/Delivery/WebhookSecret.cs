using System.Security.Cryptography;

namespace Monitor.Webhooks;

/// <summary>Secrets in the Standard Webhooks form: <c>whsec_</c> + base64 of 24 to 64 random bytes.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";
    private const int MinBytes = 24;
    private const int MaxBytes = 64;

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key bytes of a well-formed secret; null with a reason otherwise.</summary>
    public static byte[]? TryDecode(string secret, out string? error)
    {
        error = null;
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            error = $"A secret starts with '{Prefix}'.";
            return null;
        }
        var key = new byte[MaxBytes + 3];
        if (!Convert.TryFromBase64String(secret[Prefix.Length..], key, out var length))
        {
            error = $"A secret is '{Prefix}' followed by base64 of {MinBytes} to {MaxBytes} bytes.";
            return null;
        }
        if (length is < MinBytes or > MaxBytes)
        {
            error = $"A secret's key has {MinBytes} to {MaxBytes} bytes, not {length}.";
            return null;
        }
        return key[..length];
    }
}
