using System.Globalization;
using Microsoft.Data.Sqlite;
using Monitor.Contracts;
using Orleans.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// The journal in a SQLite file: an events row per event keyed (stream, version), a changes row per
/// change in its first topic keyed (topic, seq), and a link to that row in each of its other topics
/// (see <see cref="SqliteSchema"/>). A commit appends rows; the stream and topic heads it
/// checks and numbers from come from the writer's memory (<see cref="SqliteHeads"/>), read from the
/// file only the first time, so its cost does not grow with the stream or the topic.
/// </summary>
public sealed class SqliteJournal(SqliteDatabase database, TimeProvider time) : IJournal
{
    private const string StreamHead = "SELECT version FROM events WHERE stream = $stream ORDER BY version DESC LIMIT 1";
    private const string TopicHead = """
        SELECT max(coalesce((SELECT seq FROM changes WHERE topic = $topic ORDER BY seq DESC LIMIT 1), 0),
                   coalesce((SELECT seq FROM change_links WHERE topic = $topic ORDER BY seq DESC LIMIT 1), 0))
        """;
    // Bound by position (see SqliteStatement).
    private const string InsertEvent = "INSERT INTO events (stream, version, payload) VALUES (?1, ?2, ?3)";
    private const string InsertChange = "INSERT INTO changes (topic, seq, kind, at, payload) VALUES (?1, ?2, ?3, ?4, ?5)";
    private const string InsertLink = "INSERT INTO change_links (topic, seq, source_topic, source_seq) VALUES (?1, ?2, ?3, ?4)";

    // A topic's changes: its own rows and the rows its links point to, in one sequence.
    private const string ReadTopic = """
        SELECT seq, kind, at, payload FROM changes WHERE topic = $topic AND seq > $after
        UNION ALL
        SELECT l.seq, c.kind, c.at, c.payload FROM change_links l
            JOIN changes c ON c.topic = l.source_topic AND c.seq = l.source_seq
            WHERE l.topic = $topic AND l.seq > $after
        ORDER BY 1 LIMIT $limit
        """;

    public async Task<IReadOnlyList<string>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM events WHERE stream = $stream ORDER BY version";
        command.Parameters.AddWithValue("$stream", stream);
        var events = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(reader.GetString(0));
        }
        return events;
    }

    public Task<IReadOnlyList<Change>> CommitAsync(
        string stream, long expectedVersion, IReadOnlyList<string> events, IReadOnlyList<ChangeDraft> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(changes);
        return database.Writer.WriteAsync<IReadOnlyList<Change>>(scope => Commit(scope, stream, expectedVersion, events, changes), cancellationToken);
    }

    public async Task<long> TopicHeadAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = TopicHead;
        command.Parameters.AddWithValue("$topic", topic);
        return await command.ExecuteScalarAsync(cancellationToken) is long head ? head : 0;
    }

    public async Task<IReadOnlyList<Change>> ReadChangesAsync(string topic, long after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (limit <= 0)
        {
            return [];
        }
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ReadTopic;
        command.Parameters.AddWithValue("$topic", topic);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", limit);
        var found = new List<Change>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var at = new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero);
            found.Add(new Change(topic, reader.GetInt64(0), reader.GetString(1), at, reader.GetString(3)));
        }
        return found;
    }

    private List<Change> Commit(
        SqliteWriteScope scope, string stream, long expectedVersion, IReadOnlyList<string> events, IReadOnlyList<ChangeDraft> changes)
    {
        var head = scope.Heads.TryGet(HeadKind.Stream, stream, out var known) ? known : Head(scope.Command(StreamHead), "$stream", stream);
        if (head != expectedVersion)
        {
            throw new InconsistentStateException(
                $"Stream {stream} is at version {head}, not {expectedVersion}.",
                head.ToString(CultureInfo.InvariantCulture),
                expectedVersion.ToString(CultureInfo.InvariantCulture));
        }
        var insertEvent = scope.Statement(InsertEvent);
        var version = expectedVersion;
        foreach (var payload in events)
        {
            insertEvent.Bind(1, stream).Bind(2, ++version).Bind(3, payload).Run();
        }
        scope.Heads.Set(HeadKind.Stream, stream, version);
        var at = time.GetUtcNow().ToUniversalTime();
        var stored = new List<Change>();
        var insertChange = scope.Statement(InsertChange);
        var insertLink = scope.Statement(InsertLink);
        foreach (var draft in changes)
        {
            (string Topic, long Seq) source = default;
            foreach (var topic in draft.Topics)
            {
                var seq = (scope.Heads.TryGet(HeadKind.Topic, topic, out var last) ? last : Head(scope.Command(TopicHead), "$topic", topic)) + 1;
                if (source.Topic is null)
                {
                    insertChange.Bind(1, topic).Bind(2, seq).Bind(3, draft.Kind).Bind(4, at.UtcTicks).Bind(5, draft.Payload).Run();
                    source = (topic, seq);
                }
                else
                {
                    insertLink.Bind(1, topic).Bind(2, seq).Bind(3, source.Topic).Bind(4, source.Seq).Run();
                }
                scope.Heads.Set(HeadKind.Topic, topic, seq);
                stored.Add(new Change(topic, seq, draft.Kind, at, draft.Payload));
            }
        }
        return stored;
    }

    private static long Head(SqliteCommand command, string name, string key)
    {
        command.Parameters.AddWithValue(name, key);
        return command.ExecuteScalar() is long head ? head : 0;
    }
}
