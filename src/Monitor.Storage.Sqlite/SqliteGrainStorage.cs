using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// Orleans grain storage in the Monitor SQLite file, one row per (grain type, grain id, state name).
/// The ETag is the row's version and conflicts follow the ADO.NET provider: a write or clear with a
/// stale ETag, or a first write (no ETag) over an existing row, throws <see cref="InconsistentStateException"/>.
/// A clear keeps the row with no payload and a new version, so a stale writer still conflicts after it.
/// </summary>
public sealed partial class SqliteGrainStorage(
    string name,
    SqliteDatabase database,
    IGrainStorageSerializer serializer,
    IActivatorProvider activators,
    ILogger<SqliteGrainStorage> logger) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const string Key = "grain_type = $type AND grain_id = $id AND state_name = $state";

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await database.OpenReaderAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version, payload FROM grain_state WHERE {Key}";
        AddKey(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync();
        var found = await reader.ReadAsync();
        var payload = found && !reader.IsDBNull(1) ? (byte[])reader.GetValue(1) : null;
        grainState.State = payload is null ? Create<T>() : serializer.Deserialize<T>(new BinaryData(payload));
        grainState.ETag = found ? reader.GetInt64(0).ToString(CultureInfo.InvariantCulture) : null;
        grainState.RecordExists = payload is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = serializer.Serialize(grainState.State).ToArray();
        var expected = Version(grainState.ETag);
        var written = await database.Writer.WriteAsync(scope =>
        {
            var command = scope.Command(expected is null
                ? "INSERT INTO grain_state (grain_type, grain_id, state_name, version, payload) VALUES ($type, $id, $state, 1, $payload) ON CONFLICT DO NOTHING"
                : $"UPDATE grain_state SET version = version + 1, payload = $payload WHERE {Key} AND version = $version");
            AddKey(command, stateName, grainId);
            command.Parameters.AddWithValue("$payload", payload);
            if (expected is not null)
            {
                command.Parameters.AddWithValue("$version", expected);
            }
            return command.ExecuteNonQuery();
        });
        if (written == 0)
        {
            throw Conflict("WriteState", stateName, grainId, grainState.ETag);
        }
        grainState.ETag = ((expected ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!grainState.RecordExists)
        {
            await ReadStateAsync(stateName, grainId, grainState);
            if (!grainState.RecordExists)
            {
                return;
            }
        }
        var expected = Version(grainState.ETag);
        var cleared = expected is not null && await database.Writer.WriteAsync(scope =>
        {
            var command = scope.Command($"UPDATE grain_state SET version = version + 1, payload = NULL WHERE {Key} AND version = $version");
            AddKey(command, stateName, grainId);
            command.Parameters.AddWithValue("$version", expected);
            return command.ExecuteNonQuery() == 1;
        });
        if (!cleared)
        {
            throw Conflict("ClearState", stateName, grainId, grainState.ETag);
        }
        grainState.ETag = (expected!.Value + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = false;
        grainState.State = Create<T>();
    }

    /// <summary>Checks the file at silo start, so a bad path fails the start rather than the first activation.</summary>
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(SqliteGrainStorage)}-{name}", ServiceLifecycleStage.ApplicationServices, CheckFileAsync);

    private async Task CheckFileAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM grain_state WHERE rowid = 0";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? etag)
    {
        LogConflict(logger, operation, name, grainId, stateName, etag);
        return new InconsistentStateException(
            $"Version conflict ({operation}): ProviderName={name} GrainId={grainId} StateName={stateName} ETag={etag}.");
    }

    private T Create<T>() => activators.GetActivator<T>().Create();

    /// <summary>An ETag this provider did not issue can never match a row: it is a conflict, not a crash.</summary>
    private static long? Version(string? etag) =>
        string.IsNullOrEmpty(etag) ? null
        : long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : -1;

    private static void AddKey(SqliteCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("$type", grainId.Type.ToString());
        command.Parameters.AddWithValue("$id", grainId.Key.ToString());
        command.Parameters.AddWithValue("$state", stateName);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Operation} conflict in grain storage {Provider} for {GrainId}/{StateName} with ETag {ETag}.")]
    private static partial void LogConflict(ILogger logger, string operation, string provider, GrainId grainId, string stateName, string? etag);
}
