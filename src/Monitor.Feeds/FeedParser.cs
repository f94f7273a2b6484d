using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;

namespace Monitor.Feeds;

/// <summary>Reads RSS 2.0 and Atom 1.0 through <see cref="SafeXml"/>; any other document is a <see cref="FeedFormatException"/>.</summary>
public static class FeedParser
{
    public const int MaxItems = 500;

    public static FeedDocument Parse(Stream document)
    {
        try
        {
            using var reader = SafeXml.Create(document);
            reader.MoveToContent();
            var formatter = FormatterFor(reader);
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            var items = feed.Items.Take(MaxItems).Select(ToItem).OfType<FeedItem>().ToList();
            return new FeedDocument(feed.Title?.Text is { } title ? HtmlText.ToText(title) : null, items);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or ArgumentException or InvalidOperationException
            or OverflowException or RegexMatchTimeoutException or NotSupportedException)
        {
            throw new FeedFormatException($"Not a readable RSS 2.0 or Atom document: {ex.Message}", ex);
        }
    }

    private static SyndicationFeedFormatter FormatterFor(XmlReader reader)
    {
        SyndicationFeedFormatter[] formatters = [new Rss20FeedFormatter(), new Atom10FeedFormatter()];
        foreach (var formatter in formatters)
        {
            if (formatter.CanRead(reader))
            {
                // A bad date or link in one item must not cost the whole feed.
                formatter.DateTimeParser = LenientDate;
                formatter.UriParser = LenientUri;
                return formatter;
            }
        }
        throw new FeedFormatException($"The root element <{reader.LocalName}> is neither RSS 2.0 nor Atom.");
    }

    private static FeedItem? ToItem(SyndicationItem item)
    {
        var title = HtmlText.ToText(item.Title?.Text);
        var html = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
        var text = HtmlText.ToText(html);
        if (title.Length == 0 && text.Length == 0)
        {
            return null;
        }
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        var url = link is { IsAbsoluteUri: true } && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps) ? link.AbsoluteUri : null;
        url ??= item.Id is { } guid && Uri.TryCreate(guid, UriKind.Absolute, out var byId) && byId.Scheme.StartsWith("http", StringComparison.Ordinal) ? byId.AbsoluteUri : null;
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return new FeedItem(item.Id, title.Length > 0 ? title : FirstWords(text), text, url, published == default ? null : published);
    }

    private static string FirstWords(string text) => text.Length <= 120 ? text : text[..120].TrimEnd() + "…";

    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var raw = data.DateTimeString?.Trim() ?? "";
        if (!DateTimeOffset.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out value)
            && !Rfc822.TryParse(raw, out value))
        {
            value = default;
        }
        return true;
    }

    private static bool LenientUri(XmlUriData data, out Uri? value)
    {
        if (!Uri.TryCreate(data.UriString?.Trim(), data.UriKind, out value))
        {
            value = new Uri("about:blank");
        }
        return true;
    }
}
