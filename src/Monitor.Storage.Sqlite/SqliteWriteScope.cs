using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// The writer's connection inside the current group-commit transaction. Commands are kept per SQL
/// text so each statement is prepared once for the life of the writer, not once per commit. The
/// writer opens and ends the transaction with statements of its own (see <see cref="SqliteWriter"/>),
/// so Microsoft.Data.Sqlite knows of none and its commands run in it without being told.
/// </summary>
internal sealed class SqliteWriteScope(SqliteConnection connection)
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteStatement> _statements = new(StringComparer.Ordinal);

    public SqliteHeads Heads { get; } = new();

    /// <summary>
    /// Whether a transaction is open. SQLite rolls the whole transaction back by itself on some errors
    /// (a full disk, an I/O error); after that there is no savepoint to roll back to.
    /// </summary>
    public bool InTransaction => raw.sqlite3_get_autocommit(connection.Handle) == 0;

    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        return command;
    }

    /// <summary>A hot-path statement, prepared the first time its SQL is asked for (see <see cref="SqliteStatement"/>).</summary>
    public SqliteStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new SqliteStatement(connection, sql);
            _statements[sql] = statement;
        }
        return statement;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
        _statements.Clear();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}
