using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>Turns what an article did to a story into the changes subscribers and webhooks see.</summary>
internal static class StoryChanges
{
    /// <summary>The story's summary (its counts): <c>story.opened</c> for its first article, <c>story.updated</c> after.</summary>
    public static ChangeDraft Summary(string storyId, bool opened, StoryState state) => new(
        opened ? ChangeKinds.StoryOpened : ChangeKinds.StoryUpdated,
        Topics(storyId),
        MonitorJson.Serialize(new StorySummary(storyId, state.Title, state.ArticleCount, state.SourceCount, state.Ledger.HardDivergenceCount)));

    /// <summary>What the article did to the story's ledger: divergences detected, updated or resolved, consensus changed.</summary>
    public static IEnumerable<ChangeDraft> Ledger(string storyId, StoryState state, IReadOnlyList<LedgerChange> ledgerChanges) =>
        ledgerChanges.Select(change => new ChangeDraft(
            change.Kind switch
            {
                LedgerChangeKind.DivergenceDetected => ChangeKinds.DivergenceDetected,
                LedgerChangeKind.DivergenceUpdated => ChangeKinds.DivergenceUpdated,
                LedgerChangeKind.DivergenceResolved => ChangeKinds.DivergenceResolved,
                _ => ChangeKinds.ConsensusChanged,
            },
            Topics(storyId),
            MonitorJson.Serialize(new StoryLedgerChange(storyId, state.Title, change.Slot, change.Divergence, change.Consensus))));

    private static string[] Topics(string storyId) => [Contracts.Topics.All, Contracts.Topics.Story(storyId)];
}
