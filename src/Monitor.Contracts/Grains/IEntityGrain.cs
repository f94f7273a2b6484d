using Monitor.Analysis;

namespace Monitor.Contracts;

[Alias("Monitor.IEntityGrain")]
public interface IEntityGrain : IGrainWithStringKey
{
    [Alias("AddMention")]
    Task AddMention(MentionInStory mention);

    /// <summary>Files the mentions of a merged story under the story it was merged into.</summary>
    [Alias("MoveStory")]
    Task MoveStory(string from, string into);

    [Alias("View")]
    Task<EntityView> View();
}

[GenerateSerializer, Immutable, Alias("Monitor.MentionInStory")]
public sealed record MentionInStory(string StoryId, string ArticleId, string Source, string NearDuplicateKey, EntityMention Mention);
