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

    [Fact]
    public async Task A_log_past_its_bound_is_caught_up_by_the_writer_and_written_from_its_start_again()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open(logFramesBound: 100);
        var journal = new SqliteJournal(database, TimeProvider.System);
        var checkpointed = new TaskCompletionSource<WalCheckpoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        database.Checkpointer.Checkpointed += result => checkpointed.TrySetResult(result);
        var payload = new string('x', 20_000);

        // A reader's snapshot keeps the background checkpoint from copying the log, as the writer's
        // next commits do under a sustained ingest.
        await using (var reader = new SqliteConnection($"Data Source={file.Path}"))
        {
            reader.Open();
            using var read = reader.BeginTransaction(deferred: true);
            using var select = reader.CreateCommand();
            select.CommandText = "SELECT count(*) FROM events";
            select.ExecuteScalar();
            for (var version = 0; version < SqliteWriter.CheckpointEvery; version++)
            {
                await journal.CommitAsync("s", version, [payload], []);
            }
            var background = await checkpointed.Task;
            background.LogFrames.Should().BeGreaterThan(100);
            background.CheckpointedFrames.Should().BeLessThan(background.LogFrames);
        }

        // The writer catches up after the next transaction, and the one after that writes the log from its start.
        var last = SqliteWriter.CheckpointEvery;
        await journal.CommitAsync("s", last, [payload], []);
        await journal.CommitAsync("s", last + 1, [payload], []);

        database.Checkpointer.Run().LogFrames.Should().BeLessThan(100);
        (await journal.ReadStreamAsync("s")).Should().HaveCount(last + 2);
    }
}
