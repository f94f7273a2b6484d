using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Contracts;
using Orleans.Storage;

namespace Monitor.Storage.Sqlite.Tests;

public sealed class SqliteGrainStorageTests
{
    public sealed class Note
    {
        public string? Text { get; set; }

        public int Count { get; set; }
    }

    private static SqliteGrainStorage Storage(SqliteDatabase database) =>
        new("monitor", database, GrainStateJson.Instance, new NewActivators(), NullLogger<SqliteGrainStorage>.Instance);

    private static GrainId NewGrain() => GrainId.Create("note", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_written_state_reads_back_with_its_etag()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var storage = Storage(database);
        var grain = NewGrain();
        var written = new GrainState<Note>(new Note { Text = "250 Venezuelans", Count = 2 });

        await storage.WriteStateAsync("note", grain, written);
        var read = new GrainState<Note>();
        await storage.ReadStateAsync("note", grain, read);

        read.State.Should().BeEquivalentTo(written.State);
        read.ETag.Should().NotBeNull().And.Be(written.ETag);
        read.RecordExists.Should().BeTrue();
    }

    [Fact]
    public async Task A_state_never_written_reads_as_a_new_instance_without_etag()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var read = new GrainState<Note>();

        await Storage(database).ReadStateAsync("note", NewGrain(), read);

        read.State.Should().NotBeNull();
        read.State!.Text.Should().BeNull();
        read.ETag.Should().BeNull();
        read.RecordExists.Should().BeFalse();
    }

    [Fact]
    public async Task States_are_keyed_by_grain_and_state_name()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var storage = Storage(database);
        var grain = NewGrain();
        await storage.WriteStateAsync("first", grain, new GrainState<Note>(new Note { Text = "first" }));
        await storage.WriteStateAsync("second", grain, new GrainState<Note>(new Note { Text = "second" }));
        await storage.WriteStateAsync("first", NewGrain(), new GrainState<Note>(new Note { Text = "other grain" }));

        var read = new GrainState<Note>();
        await storage.ReadStateAsync("first", grain, read);

        read.State!.Text.Should().Be("first");
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_a_conflict()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var storage = Storage(database);
        var grain = NewGrain();
        var mine = new GrainState<Note>(new Note { Text = "v1" });
        await storage.WriteStateAsync("note", grain, mine);
        var theirs = new GrainState<Note>();
        await storage.ReadStateAsync("note", grain, theirs);
        theirs.State!.Text = "v2";
        await storage.WriteStateAsync("note", grain, theirs);

        mine.State!.Text = "stale";
        var stale = () => storage.WriteStateAsync("note", grain, mine);

        await stale.Should().ThrowAsync<InconsistentStateException>();
        var read = new GrainState<Note>();
        await storage.ReadStateAsync("note", grain, read);
        read.State!.Text.Should().Be("v2");
    }

    [Fact]
    public async Task A_first_write_over_an_existing_row_is_a_conflict()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var storage = Storage(database);
        var grain = NewGrain();
        await storage.WriteStateAsync("note", grain, new GrainState<Note>(new Note { Text = "first" }));

        var second = () => storage.WriteStateAsync("note", grain, new GrainState<Note>(new Note { Text = "double activation" }));

        await second.Should().ThrowAsync<InconsistentStateException>();
    }

    [Fact]
    public async Task An_etag_this_provider_never_issued_is_a_conflict()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var storage = Storage(database);
        var grain = NewGrain();
        await storage.WriteStateAsync("note", grain, new GrainState<Note>(new Note()));

        var foreign = () => storage.WriteStateAsync("note", grain, new GrainState<Note>(new Note(), "W/\"0x8D\""));

        await foreign.Should().ThrowAsync<InconsistentStateException>();
    }

    [Fact]
    public async Task A_cleared_state_reads_as_new_and_can_be_written_again()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var storage = Storage(database);
        var grain = NewGrain();
        var state = new GrainState<Note>(new Note { Text = "kept" });
        await storage.WriteStateAsync("note", grain, state);

        await storage.ClearStateAsync("note", grain, state);

        state.RecordExists.Should().BeFalse();
        state.State!.Text.Should().BeNull();
        var read = new GrainState<Note>();
        await storage.ReadStateAsync("note", grain, read);
        read.RecordExists.Should().BeFalse();
        read.State!.Text.Should().BeNull();
        read.ETag.Should().Be(state.ETag);
        read.State!.Text = "again";
        await storage.WriteStateAsync("note", grain, read);
        var reread = new GrainState<Note>();
        await storage.ReadStateAsync("note", grain, reread);
        reread.State!.Text.Should().Be("again");
    }

    [Fact]
    public async Task A_clear_with_a_stale_etag_is_a_conflict_and_keeps_the_state()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var storage = Storage(database);
        var grain = NewGrain();
        var stale = new GrainState<Note>(new Note { Text = "v1" });
        await storage.WriteStateAsync("note", grain, stale);
        var current = new GrainState<Note>();
        await storage.ReadStateAsync("note", grain, current);
        current.State!.Text = "v2";
        await storage.WriteStateAsync("note", grain, current);

        var clear = () => storage.ClearStateAsync("note", grain, stale);

        await clear.Should().ThrowAsync<InconsistentStateException>();
        var read = new GrainState<Note>();
        await storage.ReadStateAsync("note", grain, read);
        read.State!.Text.Should().Be("v2");
    }

    [Fact]
    public async Task A_writer_that_missed_a_clear_still_conflicts()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var storage = Storage(database);
        var grain = NewGrain();
        var stale = new GrainState<Note>(new Note { Text = "v1" });
        await storage.WriteStateAsync("note", grain, stale);
        var clearer = new GrainState<Note>();
        await storage.ReadStateAsync("note", grain, clearer);
        await storage.ClearStateAsync("note", grain, clearer);

        var write = () => storage.WriteStateAsync("note", grain, stale);

        await write.Should().ThrowAsync<InconsistentStateException>();
    }
}
