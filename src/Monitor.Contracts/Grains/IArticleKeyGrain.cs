namespace Monitor.Contracts;

/// <summary>
/// One per dedupe key (an article id, a canonical URL, a content hash): the first article to
/// claim the key owns it, so the same article from a feed, the API and a replay counts once.
/// </summary>
[Alias("Monitor.IArticleKeyGrain")]
public interface IArticleKeyGrain : IGrainWithStringKey
{
    /// <summary>Claims the key for the article and returns its owner: the article itself, or the one that came first.</summary>
    [Alias("Claim")]
    Task<string> Claim(string articleId);
}
