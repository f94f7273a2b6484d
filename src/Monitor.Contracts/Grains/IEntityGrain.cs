using System.Collections.Immutable;
using Monitor.Analysis;

namespace Monitor.Contracts;

[Alias("Monitor.IEntityGrain")]
public interface IEntityGrain : IGrainWithStringKey
{
    /// <summary>
    /// Files mentions (of one or more articles); a mention of an article the entity has changes
    /// nothing. Whatever the mentions change goes out as one change, however many there are. An
    /// immutable array, so a call inside the silo passes it as it is: Orleans copies a list on every
    /// call, and looks its copier up by reflection when the list's type is one the compiler made.
    /// </summary>
    [Alias("AddMentions")]
    Task AddMentions(ImmutableArray<MentionInStory> mentions);

    /// <summary>Files the mentions of a merged story under the story it was merged into.</summary>
    [Alias("MoveStory")]
    Task MoveStory(string from, string into);

    /// <summary>Files the mentions of articles a re-clustering moved to another story under that story.</summary>
    [Alias("MoveArticles")]
    Task MoveArticles(ImmutableArray<string> articleIds, string into);

    [Alias("View")]
    Task<EntityView> View();
}

[GenerateSerializer, Immutable, Alias("Monitor.MentionInStory")]
public sealed record MentionInStory(string StoryId, string ArticleId, string Source, string NearDuplicateKey, EntityMention Mention);
