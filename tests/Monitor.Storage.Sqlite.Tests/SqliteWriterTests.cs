using Microsoft.Data.Sqlite;

namespace Monitor.Storage.Sqlite.Tests;

public sealed class SqliteWriterTests
{
    private const string Insert = "INSERT INTO events (stream, version, payload) VALUES (?1, ?2, ?3)";

    [Fact]
    public async Task A_write_that_fails_half_way_leaves_nothing_and_the_writes_around_it_commit()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var writer = database.Writer;

        var before = writer.WriteAsync(scope => { scope.Statement(Insert).Bind(1, "kept").Bind(2, 1).Bind(3, "a").Run(); return 0; });
        var torn = writer.WriteAsync<int>(scope =>
        {
            scope.Statement(Insert).Bind(1, "torn").Bind(2, 1).Bind(3, "b").Run();
            throw new InvalidOperationException("half way");
        });
        var after = writer.WriteAsync(scope => { scope.Statement(Insert).Bind(1, "kept").Bind(2, 2).Bind(3, "c").Run(); return 0; });

        await before;
        await torn.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>();
        await after;
        (await Streams(file.Path)).Should().Equal("kept:1", "kept:2");
    }

    [Fact]
    public async Task A_statement_that_breaks_a_constraint_fails_its_write_with_sqlite_s_error()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        await database.Writer.WriteAsync(scope => { scope.Statement(Insert).Bind(1, "s").Bind(2, 1).Bind(3, "a").Run(); return 0; });

        var again = () => database.Writer.WriteAsync(scope => { scope.Statement(Insert).Bind(1, "s").Bind(2, 1).Bind(3, "b").Run(); return 0; });

        (await again.Should().ThrowAsync<SqliteException>()).Which.Message.Should().Contain("UNIQUE");
        (await Streams(file.Path)).Should().Equal("s:1");
        await database.Writer.WriteAsync(scope => { scope.Statement(Insert).Bind(1, "s").Bind(2, 2).Bind(3, "c").Run(); return 0; });
        (await Streams(file.Path)).Should().Equal("s:1", "s:2");
    }

    [Fact]
    public async Task A_full_disk_fails_the_writes_that_hit_it_and_the_writer_commits_again_once_there_is_room()
    {
        await using var file = new TempDatabase();
        await using var database = file.Open();
        var writer = database.Writer;
        await writer.WriteAsync(scope => { scope.Statement(Insert).Bind(1, "s").Bind(2, 1).Bind(3, "a").Run(); return 0; });
        // The file may not grow past the pages it has: the next large row has nowhere to go, as on a full disk.
        await writer.WriteAsync(scope => scope.Command("PRAGMA max_page_count = " + PageCount(scope)).ExecuteScalar());

        var large = () => writer.WriteAsync(scope => { scope.Statement(Insert).Bind(1, "s").Bind(2, 2).Bind(3, new string('x', 1 << 20)).Run(); return 0; });

        (await large.Should().ThrowAsync<SqliteException>()).Which.SqliteErrorCode.Should().Be(13, "SQLITE_FULL is the cause");
        await writer.WriteAsync(scope => scope.Command("PRAGMA max_page_count = 1000000").ExecuteScalar());
        await writer.WriteAsync(scope => { scope.Statement(Insert).Bind(1, "s").Bind(2, 2).Bind(3, "b").Run(); return 0; });
        (await Streams(file.Path)).Should().Equal("s:1", "s:2");
    }

    private static long PageCount(SqliteWriteScope scope) => (long)scope.Command("PRAGMA page_count").ExecuteScalar()!;

    private static Task<List<string>> Streams(string path) =>
        FileSql.Rows(path, "SELECT stream || ':' || version FROM events ORDER BY stream, version", r => r.GetString(0));
}
