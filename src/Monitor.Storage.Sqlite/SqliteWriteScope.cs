using Microsoft.Data.Sqlite;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// The writer's connection inside the current group-commit transaction. Commands are kept per SQL
/// text so each statement is prepared once for the life of the writer, not once per commit.
/// </summary>
internal sealed class SqliteWriteScope(SqliteConnection connection)
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteTransaction? Transaction { get; set; }

    public SqliteHeads Heads { get; } = new();

    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = Transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>
    /// A command whose parameters are made once and keep their order: the caller sets their values by
    /// position on every execution, so a hot insert allocates no parameter objects.
    /// </summary>
    public SqliteCommand Prepared(string sql, params ReadOnlySpan<string> names)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
            _commands[sql] = command;
        }
        command.Transaction = Transaction;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}
