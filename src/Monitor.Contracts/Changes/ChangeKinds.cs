namespace Monitor.Contracts;

public static class ChangeKinds
{
    public const string StoryOpened = "story.opened";
    public const string StoryUpdated = "story.updated";
    public const string StoryMerged = "story.merged";
    public const string StorySplit = "story.split";
    public const string DivergenceDetected = "divergence.detected";
    public const string DivergenceUpdated = "divergence.updated";
    public const string DivergenceResolved = "divergence.resolved";
    public const string ConsensusChanged = "consensus.changed";
    public const string EntityUpdated = "entity.updated";
    public const string SourceUpdated = "source.updated";
}
