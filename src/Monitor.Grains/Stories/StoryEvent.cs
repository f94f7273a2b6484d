using System.Text.Json;
using System.Text.Json.Serialization;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>What a story's event stream holds: its articles, then perhaps its merge into another story.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(StoryArticleAdded), "article")]
[JsonDerivedType(typeof(StoryRetired), "retired")]
[JsonDerivedType(typeof(StoryArticlesReleased), "released")]
internal abstract record StoryEvent
{
    /// <summary>Before merges, a story's stream held bare articles.</summary>
    public static StoryEvent Untagged(string json) => new StoryArticleAdded(JsonSerializer.Deserialize<StoryArticle>(json, MonitorJson.Options)!);
}

internal sealed record StoryArticleAdded(StoryArticle Article) : StoryEvent;

internal sealed record StoryRetired(string Into, long At = 0) : StoryEvent;

internal sealed record StoryArticlesReleased(IReadOnlyList<string> ArticleIds, string Into, long At = 0) : StoryEvent;
