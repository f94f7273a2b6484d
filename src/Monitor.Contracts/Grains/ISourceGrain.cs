using Monitor.Analysis;

namespace Monitor.Contracts;

[Alias("Monitor.ISourceGrain")]
public interface ISourceGrain : IGrainWithStringKey
{
    [Alias("AddArticle")]
    Task AddArticle(string articleId, string storyId, SourceStance? stance);

    [Alias("View")]
    Task<SourceView> View();
}
