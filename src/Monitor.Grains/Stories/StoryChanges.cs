using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>Turns what an article did to a story into the changes subscribers and webhooks see.</summary>
internal static class StoryChanges
{
    public static IReadOnlyList<ChangeDraft> For(string storyId, bool opened, StoryState state, IReadOnlyList<LedgerChange> ledgerChanges)
    {
        string[] topics = [Topics.All, Topics.Story(storyId)];
        var summary = new StorySummary(storyId, state.Title, state.ArticleCount, state.SourceCount, state.Ledger.DivergenceCount);
        var drafts = new List<ChangeDraft>
        {
            new(opened ? ChangeKinds.StoryOpened : ChangeKinds.StoryUpdated, topics, MonitorJson.Serialize(summary)),
        };
        foreach (var change in ledgerChanges)
        {
            var kind = change.Kind switch
            {
                LedgerChangeKind.DivergenceDetected => ChangeKinds.DivergenceDetected,
                LedgerChangeKind.DivergenceUpdated => ChangeKinds.DivergenceUpdated,
                LedgerChangeKind.DivergenceResolved => ChangeKinds.DivergenceResolved,
                _ => ChangeKinds.ConsensusChanged,
            };
            var payload = new StoryLedgerChange(storyId, state.Title, change.Slot, change.Divergence, change.Consensus);
            drafts.Add(new ChangeDraft(kind, topics, MonitorJson.Serialize(payload)));
        }
        return drafts;
    }
}
