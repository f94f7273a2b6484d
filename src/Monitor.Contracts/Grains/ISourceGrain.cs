using Monitor.Analysis;

namespace Monitor.Contracts;

[Alias("Monitor.ISourceGrain")]
public interface ISourceGrain : IGrainWithStringKey
{
    [Alias("AddArticle")]
    Task AddArticle(string articleId, string storyId, SourceStance? stance);

    /// <summary>Drops the stance in a story that was merged into another.</summary>
    [Alias("RetireStory")]
    Task RetireStory(string storyId);

    [Alias("View")]
    Task<SourceView> View();
}
