using Microsoft.Data.Sqlite;
using Monitor.Contracts;

namespace Monitor.Storage.Sqlite.Tests;

/// <summary>The write-ahead log goes into the file on the checkpointer's connection, never in a commit.</summary>
public sealed class SqliteCheckpointerTests
{
    [Fact]
    public async Task Every_so_many_transactions_the_whole_log_is_checkpointed_in_the_background()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);
        var checkpointed = new TaskCompletionSource<WalCheckpoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        database.Checkpointer.Checkpointed += result => checkpointed.TrySetResult(result);

        // One commit at a time, so each is a transaction of its own.
        for (var version = 0; version < SqliteWriter.CheckpointEvery; version++)
        {
            await journal.CommitAsync("s", version, [$"e{version}"], [new ChangeDraft(ChangeKinds.StoryUpdated, [Topics.All], "{}")]);
        }
        var result = await checkpointed.Task;

        result.Busy.Should().BeFalse();
        result.LogFrames.Should().BePositive();
        result.CheckpointedFrames.Should().Be(result.LogFrames);
    }

    [Fact]
    public async Task The_writer_s_commits_do_not_checkpoint_by_themselves()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var journal = new SqliteJournal(database, TimeProvider.System);

        // Past SQLite's own limit of 1,000 pages, in fewer transactions than a checkpoint request takes.
        var payload = new string('x', 200_000);
        for (var version = 0; version < 30; version++)
        {
            await journal.CommitAsync("s", version, [payload], []);
        }

        new FileInfo(file.Path + "-wal").Length.Should().BeGreaterThan(1_000 * 4_096);
        database.Checkpointer.Run().LogFrames.Should().BeGreaterThan(1_000);
    }
}
