namespace Monitor.Catalog;

public enum StorySort
{
    Latest,
    Divergences,
    Sources,
    Articles,
}

/// <summary>
/// What the story list asks for: words to find (in titles, entity names and outlet names, all of them),
/// an outlet, an entity, a range of days (UTC, inclusive) the story's reports overlap, a sort and a page.
/// </summary>
public sealed record StoryQuery(
    string? Words = null,
    string? Source = null,
    string? Entity = null,
    DateOnly? From = null,
    DateOnly? To = null,
    StorySort Sort = StorySort.Latest,
    int Page = 1,
    int PageSize = 50)
{
    public const int MaxPageSize = 200;
    public const int MaxWordsLength = 200;
}
