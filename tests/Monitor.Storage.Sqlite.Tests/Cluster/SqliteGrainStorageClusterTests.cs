using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Monitor.Storage.Sqlite.Tests.Cluster;

public sealed class SqliteGrainStorageClusterTests
{
    [Fact]
    public async Task A_grain_state_survives_deactivation_through_the_sqlite_file()
    {
        await using var file = new TempDatabase();
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqliteGrainStorage(NoteGrain.Storage, file.Path);
            // The contracts assembly comes along with the journal; its grain interfaces carry engine
            // types as JSON, as the host configures it.
            silo.Services.AddSerializer(s => s.AddJsonSerializer(isSupported: t => t.Namespace == "Monitor.Analysis"));
        });
        builder.ConfigureClient(client =>
            client.Services.AddSerializer(s => s.AddJsonSerializer(isSupported: t => t.Namespace == "Monitor.Analysis")));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var grain = cluster.Client.GetGrain<INoteGrain>($"note-{Guid.NewGuid():N}");
            await grain.Write("Marco Rubio");
            var before = await grain.Read();

            await cluster.DeactivateAsync(grain);
            var after = await grain.Read();

            after.Activation.Should().NotBe(before.Activation, "the grain was deactivated");
            after.Text.Should().Be("Marco Rubio");
            (await StoredRows(file.Path, grain.GetPrimaryKeyString())).Should().Be(1);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    private static async Task<long> StoredRows(string path, string key)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM grain_state WHERE grain_id = $id AND state_name = 'note' AND payload IS NOT NULL";
        command.Parameters.AddWithValue("$id", key);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
