using Monitor.Analysis;

namespace Monitor.Grains;

/// <summary>
/// The keys that make two arrivals with different ids the same article: its canonical URL, its text.
/// (The same id again needs no key: every step after the claims ignores an article it already has.)
/// </summary>
public static class ArticleKeys
{
    public static IEnumerable<string> For(AnalyzedArticle article)
    {
        if (CanonicalUrl(article.Url) is { } url)
        {
            yield return "url:" + url;
        }
        yield return "text:" + article.ContentHash;
    }

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
