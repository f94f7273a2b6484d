using Monitor.Analysis;

namespace Monitor.Feeds;

/// <summary>One entry of a feed, as plain text, with its link: the link is what dedupes it against the API and replays.</summary>
public sealed record FeedItem(string? Guid, string Title, string Text, string? Url, DateTimeOffset? Published)
{
    public const int MaxTextLength = 200_000;

    /// <summary>
    /// The article of this item. Its id comes from the link or guid, so the same entry polled again,
    /// or carried by another feed, is the same article.
    /// </summary>
    public ArticleInput ToArticle(string source)
    {
        var identity = Url ?? Guid ?? Title + "\n" + Text;
        var id = "feed-" + TextNormalizer.ContentHash(identity.ToLowerInvariant())[..16];
        var text = Text.Length > MaxTextLength ? Text[..MaxTextLength] : Text;
        return new ArticleInput(id, source, Title, text.Length > 0 ? text : Title, Url, Published);
    }
}
