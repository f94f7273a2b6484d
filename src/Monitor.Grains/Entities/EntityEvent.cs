using System.Text.Json;
using System.Text.Json.Serialization;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>What an entity's event stream holds: its mentions, and the merges of stories it is named in.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(EntityMentioned), "mention")]
[JsonDerivedType(typeof(EntityStoryMoved), "story-moved")]
internal abstract record EntityEvent
{
    /// <summary>Before merges, an entity's stream held bare mentions.</summary>
    public static EntityEvent Untagged(string json) => new EntityMentioned(JsonSerializer.Deserialize<MentionInStory>(json, MonitorJson.Options)!);
}

internal sealed record EntityMentioned(MentionInStory Mention) : EntityEvent;

internal sealed record EntityStoryMoved(string From, string Into) : EntityEvent;
