using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// A statement of the writer's hot path (transactions, journal inserts, savepoints), prepared once on the writer's
/// connection and run through SQLitePCLRaw, the layer under Microsoft.Data.Sqlite. Running a command
/// through Microsoft.Data.Sqlite makes a data reader, looks every parameter's index up by name and
/// copies every string to a new UTF-8 array; a commit runs tens of these statements. Here values bind
/// by position and text binds as UTF-16 straight from the string, with no managed copy. It shares the
/// connection, so it runs inside the writer's transaction like any command.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[1024];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Binds a text value to the 1-based parameter <paramref name="index"/>.</summary>
    public SqliteStatement Bind(int index, string value)
    {
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < most)
        {
            _utf8 = new byte[Math.Max(most, 2 * _utf8.Length)];
        }
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length)));
        return this;
    }

    /// <summary>Binds an integer to the 1-based parameter <paramref name="index"/>.</summary>
    public SqliteStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    /// <summary>
    /// Runs the statement and makes it ready for the next values. Returns the first column of its
    /// first row as an integer (0 when it has none): what a one-value query such as a pragma answers.
    /// </summary>
    public long Run()
    {
        var result = raw.sqlite3_step(_statement);
        var value = result == raw.SQLITE_ROW ? raw.sqlite3_column_int64(_statement, 0) : 0;
        // The message first: resetting the statement may replace it.
        var error = result is raw.SQLITE_DONE or raw.SQLITE_ROW ? null : Error(result);
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
        if (error is not null)
        {
            throw error;
        }
        return value;
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw Error(result);
        }
    }

    private SqliteException Error(int result) =>
        new($"SQLite Error {result}: '{raw.sqlite3_errmsg(_database).utf8_to_string()}'.", result, raw.sqlite3_extended_errcode(_database));
}
