using Monitor.Analysis;

namespace Monitor.Grains;

/// <summary>
/// The keys that make two arrivals with different ids the same article: its canonical URL, its text (the
/// words of the text alone: the same text under another headline is the same article). The text key also
/// tells whether an id sent again still has its first text. Records written when the text key hashed the
/// title too hold "text:" keys, which no new key matches; they are never taken for a changed text.
/// </summary>
public static class ArticleKeys
{
    private const string TextPrefix = "body:";

    public static IEnumerable<string> For(AnalyzedArticle article)
    {
        if (CanonicalUrl(article.Url) is { } url)
        {
            yield return "url:" + url;
        }
        yield return TextPrefix + article.ContentHash;
    }

    /// <summary>The text key among an article's keys, if it has one.</summary>
    public static string? Text(IEnumerable<string> keys) => keys.FirstOrDefault(k => k.StartsWith(TextPrefix, StringComparison.Ordinal));

    /// <summary>Scheme and host lower-cased, no fragment, no tracking parameters, no trailing slash.</summary>
    public static string? CanonicalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }
        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal));
        var path = uri.AbsolutePath.TrimEnd('/');
        var host = uri.Host.ToLowerInvariant();
        return $"{host}{path}{(query.Length > 0 ? "?" + query : "")}";
    }
}
