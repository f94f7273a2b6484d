using Monitor.Analysis;
using Monitor.Contracts;
using Monitor.Grains;

namespace Monitor.Webhooks.Tests;

/// <summary>Divergence changes made up for one test and committed straight to the journal, as StoryGrain would.</summary>
internal static class Divergences
{
    public static string FreshStory() => "s-" + Guid.NewGuid().ToString("N")[..12];

    public static ChangeDraft Change(
        string storyId, string kind = ChangeKinds.DivergenceDetected, string slot = "released.count", string divergenceKind = "quantity",
        string level = DivergenceLevel.Hard)
    {
        var divergence = new DivergenceView($"{storyId}/{slot}", slot, divergenceKind,
            [
                new SideView("250", ["a-1"], ["Harbour Post"], ["250 Venezuelan nationals were flown home."]),
                new SideView("several", ["a-2"], ["Quay Times"], ["Several Venezuelan nationals were flown home."]),
            ], level);
        var payload = new StoryLedgerChange(storyId, "Prisoner exchange " + storyId, slot, divergence, null);
        return new ChangeDraft(kind, [Topics.All, Topics.Story(storyId)], MonitorJson.Serialize(payload));
    }

    public static ChangeDraft Unrelated(string storyId) =>
        new(ChangeKinds.StoryUpdated, [Topics.All, Topics.Story(storyId)], MonitorJson.Serialize(new StorySummary(storyId, "t", 2, 2, 1)));

    public static Task<IReadOnlyList<Change>> CommitAsync(IJournal journal, params ChangeDraft[] drafts) =>
        journal.CommitAsync("test:" + Guid.NewGuid().ToString("N"), 0, ["{}"], drafts);
}
