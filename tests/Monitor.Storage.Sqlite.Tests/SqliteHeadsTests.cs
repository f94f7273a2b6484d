using Monitor.Contracts;
using Orleans.Storage;

namespace Monitor.Storage.Sqlite.Tests;

/// <summary>The writer remembers stream and topic heads; these show the memory never outlives the truth in the file.</summary>
public sealed class SqliteHeadsTests
{
    private static ChangeDraft Draft(params string[] topics) => new(ChangeKinds.StoryUpdated, topics, "{}");

    [Fact]
    public async Task A_second_writer_on_the_file_is_noticed_and_sequences_stay_gapless()
    {
        await using var file = new TempDatabase();
        await using var first = file.Open();
        await using var second = file.Open();
        var one = new SqliteJournal(first, TimeProvider.System);
        var other = new SqliteJournal(second, TimeProvider.System);

        await one.CommitAsync("s", 0, ["e1"], [Draft(Topics.All)]);
        await other.CommitAsync("s", 1, ["e2"], [Draft(Topics.All)]);
        var third = await one.CommitAsync("s", 2, ["e3"], [Draft(Topics.All)]);

        third.Single().Sequence.Should().Be(3);
        await one.Invoking(j => j.CommitAsync("s", 2, ["stale"], [])).Should().ThrowAsync<InconsistentStateException>();
        (await one.ReadStreamAsync("s")).Should().Equal("e1", "e2", "e3");
    }

    [Fact]
    public async Task A_conflicting_write_in_a_group_commit_leaves_the_heads_as_stored()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);
        await journal.CommitAsync("s", 0, ["e1"], [Draft(Topics.All)]);

        // Both queue before the writer runs, so they share one transaction; the stale one rolls back alone.
        var stale = journal.CommitAsync("s", 0, ["stale"], [Draft(Topics.All), Draft(Topics.All)]);
        var good = journal.CommitAsync("s", 1, ["e2"], [Draft(Topics.All)]);

        await stale.Invoking(t => t).Should().ThrowAsync<InconsistentStateException>();
        (await good).Single().Sequence.Should().Be(2);
        (await journal.CommitAsync("s", 2, ["e3"], [Draft(Topics.All)])).Single().Sequence.Should().Be(3);
        (await journal.ReadChangesAsync(Topics.All, 0, 10)).Select(c => c.Sequence).Should().Equal(1, 2, 3);
    }
}
