using Monitor.Analysis;
using Monitor.Grains;

namespace Monitor.Feeds;

/// <summary>One entry of a feed, as plain text, with its link: the link is what dedupes it against the API and replays.</summary>
public sealed record FeedItem(string? Guid, string Title, string Text, string? Url, DateTimeOffset? Published)
{
    /// <summary>
    /// The article of this item, by the rules every way in shares (<see cref="ArticleRules"/>). Its id comes from
    /// the link or guid, so the same entry polled again, or carried by another feed, is the same article. A feed's
    /// text is a summary: one over the limit is cut to it rather than lose the entry, and an entry without text is its title.
    /// </summary>
    public ArticleCheck ToArticle(string source)
    {
        var identity = Url ?? Guid ?? Title + "\n" + Text;
        var id = "feed-" + TextNormalizer.ContentHash(identity.ToLowerInvariant())[..16];
        var text = Text.Length > ArticleRules.MaxTextLength ? Text[..ArticleRules.MaxTextLength] : Text;
        var url = Uri.TryCreate(Url, UriKind.Absolute, out _) ? Url : null;
        return ArticleRules.Check(id, source, Title, text.Length > 0 ? text : Title, url, Published);
    }
}
