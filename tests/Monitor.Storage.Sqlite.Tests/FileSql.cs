using Microsoft.Data.Sqlite;

namespace Monitor.Storage.Sqlite.Tests;

/// <summary>SQL on a test's file through a connection of its own, to see what the code under test stored.</summary>
internal static class FileSql
{
    public static async Task<List<T>> Rows<T>(string path, string sql, Func<SqliteDataReader, T> read)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    public static async Task<long> Scalar(string path, string sql) => (await Rows(path, sql, r => r.GetInt64(0))).Single();

    public static async Task Execute(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
