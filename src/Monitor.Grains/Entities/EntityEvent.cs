using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>What an entity's event stream holds: its mentions, and the merges of stories it is named in.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(EntityMentioned), "mention")]
[JsonDerivedType(typeof(EntityMentionsAdded), "mentions")]
[JsonDerivedType(typeof(EntityStoryMoved), "story-moved")]
[JsonDerivedType(typeof(EntityArticlesMoved), "articles-moved")]
internal abstract record EntityEvent
{
    /// <summary>Before merges, an entity's stream held bare mentions.</summary>
    public static EntityEvent Untagged(string json) => new EntityMentioned(JsonSerializer.Deserialize<MentionInStory>(json, MonitorJson.Options)!);
}

/// <summary>One mention: what a stream written before <see cref="EntityMentionsAdded"/> holds.</summary>
internal sealed record EntityMentioned(MentionInStory Mention) : EntityEvent;

/// <summary>
/// The new mentions of one call, in their order. A much-named entity gets the mentions of several
/// articles in a call; one event for them all is one journal row instead of one per mention.
/// </summary>
internal sealed record EntityMentionsAdded(ImmutableArray<MentionInStory> Mentions) : EntityEvent;

internal sealed record EntityStoryMoved(string From, string Into) : EntityEvent;

internal sealed record EntityArticlesMoved(ImmutableArray<string> ArticleIds, string Into) : EntityEvent;
