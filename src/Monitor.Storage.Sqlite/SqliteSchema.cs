namespace Monitor.Storage.Sqlite;

/// <summary>
/// The tables of the Monitor file. Rowid tables (not WITHOUT ROWID) because events and grain
/// states can be kilobytes; the primary keys give the (stream, version) and (topic, seq) seeks
/// that keep a commit's cost independent of the length of the stream or topic. A change in several
/// topics (a story's topic and <c>all</c>) is stored once, in its first topic; each further topic
/// holds a link to it, a small row in a WITHOUT ROWID table, so a change costs one payload, not one a topic.
/// </summary>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type TEXT NOT NULL,
            grain_id   TEXT NOT NULL,
            state_name TEXT NOT NULL,
            version    INTEGER NOT NULL,
            payload    BLOB,
            PRIMARY KEY (grain_type, grain_id, state_name));
        CREATE TABLE IF NOT EXISTS events (
            stream  TEXT NOT NULL,
            version INTEGER NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY (stream, version));
        CREATE TABLE IF NOT EXISTS changes (
            topic   TEXT NOT NULL,
            seq     INTEGER NOT NULL,
            kind    TEXT NOT NULL,
            at      INTEGER NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY (topic, seq));
        CREATE TABLE IF NOT EXISTS change_links (
            topic        TEXT NOT NULL,
            seq          INTEGER NOT NULL,
            source_topic TEXT NOT NULL,
            source_seq   INTEGER NOT NULL,
            PRIMARY KEY (topic, seq)) WITHOUT ROWID;
        """;
}
