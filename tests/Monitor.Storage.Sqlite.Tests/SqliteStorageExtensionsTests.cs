using Microsoft.Extensions.DependencyInjection;
using Monitor.Contracts;

namespace Monitor.Storage.Sqlite.Tests;

public sealed class SqliteStorageExtensionsTests
{
    [Fact]
    public async Task The_registered_journal_keeps_its_changes_in_the_file_at_the_path()
    {
        await using var file = new TempDatabase();
        var services = new ServiceCollection().AddLogging().AddSqliteJournal(file.Path);
        await using (var provider = services.BuildServiceProvider())
        {
            var journal = provider.GetRequiredService<IJournal>();
            journal.Should().BeOfType<SqliteJournal>();
            await journal.CommitAsync("source/bbc", 0, ["e"], [new ChangeDraft(ChangeKinds.SourceUpdated, ["source:bbc"], "p")]);
        }

        await using var database = file.Open();
        var reopened = new SqliteJournal(database, TimeProvider.System);

        (await reopened.ReadChangesAsync("source:bbc", 0, 10)).Select(c => c.Payload).Should().Equal("p");
    }

    [Fact]
    public void Disposing_the_container_synchronously_closes_the_file()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("monitor-sqlite-").FullName, "monitor.db");
        var provider = new ServiceCollection().AddLogging().AddSqliteJournal(path).BuildServiceProvider();
        provider.GetRequiredService<IJournal>();

        var dispose = () => provider.Dispose();

        dispose.Should().NotThrow();
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
