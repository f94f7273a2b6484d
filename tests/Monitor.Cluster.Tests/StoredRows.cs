using System.Reflection;
using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;
using Monitor.Contracts;

namespace Monitor.Cluster.Tests;

/// <summary>The grain states in a Monitor SQLite file, each with the state type its grains declare.</summary>
internal sealed record StoredRows(string GrainType, string StateName, Type Declared, byte[] Payload)
{
    /// <summary>Read as its declared type and written again, the state is the same bytes: nothing in it names a run-time type.</summary>
    public bool ReadsBackAsWritten
    {
        get
        {
            var state = Call(nameof(GrainStateJson.Deserialize), new BinaryData(Payload));
            var written = (BinaryData)Call(nameof(GrainStateJson.Serialize), state)!;
            return written.ToArray().AsSpan().SequenceEqual(Payload);
        }
    }

    public static IReadOnlyList<StoredRows> Read(string path)
    {
        var declared = PersistentStates().ToDictionary(p => p.Name, p => p.Type, StringComparer.Ordinal);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_type, state_name, payload FROM grain_state WHERE payload IS NOT NULL";
        using var reader = command.ExecuteReader();
        var rows = new List<StoredRows>();
        while (reader.Read())
        {
            rows.Add(new StoredRows(reader.GetString(0), reader.GetString(1), declared[reader.GetString(1)], (byte[])reader.GetValue(2)));
        }
        return rows;
    }

    /// <summary>The state names of every [PersistentState] a Monitor grain declares: a state added later is found here too.</summary>
    public static IEnumerable<string> PersistentStateNames() => PersistentStates().Select(p => p.Name).Distinct();

    private static IEnumerable<(string Name, Type Type)> PersistentStates() =>
        from file in Directory.GetFiles(AppContext.BaseDirectory, "Monitor.*.dll")
        where !file.EndsWith(".Tests.dll", StringComparison.Ordinal)
        from type in Assembly.Load(AssemblyName.GetAssemblyName(file)).GetTypes()
        where typeof(Grain).IsAssignableFrom(type)
        from constructor in type.GetConstructors()
        from parameter in constructor.GetParameters()
        let attribute = parameter.GetCustomAttribute<PersistentStateAttribute>()
        where attribute is not null
        select (attribute.StateName, parameter.ParameterType.GetGenericArguments()[0]);

    private object? Call(string method, object? argument) =>
        typeof(GrainStateJson).GetMethod(method)!.MakeGenericMethod(Declared).Invoke(GrainStateJson.Instance, [argument]);
}
