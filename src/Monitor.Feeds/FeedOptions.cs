namespace Monitor.Feeds;

/// <summary>A feed named in configuration: <c>Feeds:0:Url</c>, <c>Feeds:0:Interval</c> (hh:mm:ss), <c>Feeds:0:Source</c>.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(5);

    public string? Url { get; set; }

    public TimeSpan? Interval { get; set; }

    public string? Source { get; set; }

    /// <summary>Why a feed cannot be registered, or null: an absolute http(s) URL and an interval of at least <see cref="MinInterval"/>.</summary>
    public static string? Problem(string? url, TimeSpan? interval) =>
        Problems(url, interval) is { Count: > 0 } problems ? string.Join(" ", problems.Values) : null;

    /// <summary>What is wrong with a feed, by field (url, interval); empty when it can be registered.</summary>
    public static Dictionary<string, string> Problems(string? url, TimeSpan? interval)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            problems["url"] = "A feed URL is an absolute http or https URL.";
        }
        if (interval is { } i && (i < MinInterval || i > TimeSpan.FromDays(7)))
        {
            problems["interval"] = $"A feed interval is between {MinInterval} and 7 days.";
        }
        return problems;
    }

    /// <summary>The outlet a feed's articles count for when no source is named: its host, without "www.".</summary>
    public static string SourceOf(string url, string? source) =>
        !string.IsNullOrWhiteSpace(source) ? source.Trim()
        : Uri.TryCreate(url, UriKind.Absolute, out var uri) ? WithoutWww(uri.Host.ToLowerInvariant()) : url;

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
}
