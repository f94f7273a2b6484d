using System.Globalization;

namespace Monitor.Feeds;

/// <summary>RSS dates ("Tue, 22 Jul 2025 10:00:00 GMT", "... +0200", "... EST"), which DateTimeOffset.TryParse does not all read.</summary>
internal static class Rfc822
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+0000", ["GMT"] = "+0000", ["Z"] = "+0000",
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500",
        ["MST"] = "-0700", ["MDT"] = "-0600", ["PST"] = "-0800", ["PDT"] = "-0700",
    };

    private static readonly string[] Formats = ["ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz"];

    public static bool TryParse(string raw, out DateTimeOffset value)
    {
        var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 0 && Zones.TryGetValue(parts[^1], out var offset))
        {
            parts[^1] = offset;
        }
        if (parts.Length > 0 && parts[^1].Length == 5 && (parts[^1][0] is '+' or '-'))
        {
            parts[^1] = parts[^1].Insert(3, ":");
        }
        return DateTimeOffset.TryParseExact(string.Join(' ', parts), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value);
    }
}
