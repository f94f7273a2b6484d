using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Monitor.Contracts;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Monitor.Storage.Sqlite;

public static class SqliteStorageExtensions
{
    /// <summary>
    /// Adds a named grain storage provider keeping state in the SQLite file at <paramref name="path"/>.
    /// State is stored as <see cref="GrainStateJson"/> (the JSON of its declared type, never Orleans'
    /// type-named default), unless an <see cref="IGrainStorageSerializer"/> keyed by the provider name is
    /// registered. The same path given to <see cref="AddSqliteJournal"/> shares the file.
    /// </summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        builder.Services.TryAddSingleton<SqliteDatabases>();
        builder.Services.AddGrainStorage(name, (services, key) => new SqliteGrainStorage(
            key,
            services.GetRequiredService<SqliteDatabases>().Open(path),
            services.GetKeyedService<IGrainStorageSerializer>(key) ?? GrainStateJson.Instance,
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<ILogger<SqliteGrainStorage>>()));
        return builder;
    }

    /// <summary>Registers <see cref="IJournal"/> as a <see cref="SqliteJournal"/> on the SQLite file at <paramref name="path"/>.</summary>
    public static IServiceCollection AddSqliteJournal(this IServiceCollection services, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.TryAddSingleton<SqliteDatabases>();
        services.TryAddSingleton(TimeProvider.System);
        return services.AddSingleton<IJournal>(sp => new SqliteJournal(
            sp.GetRequiredService<SqliteDatabases>().Open(path),
            sp.GetRequiredService<TimeProvider>()));
    }
}
