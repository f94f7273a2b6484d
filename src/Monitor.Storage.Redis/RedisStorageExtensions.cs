using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Monitor.Contracts;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

public static class RedisStorageExtensions
{
    /// <summary>
    /// A cluster's shared store, all on one Redis: Orleans membership, the named grain storage provider,
    /// reminders (the official Orleans Redis providers), and the <see cref="RedisJournal"/>.
    /// </summary>
    public static ISiloBuilder UseMonitorRedis(this ISiloBuilder silo, string connection, string storageName, string serviceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        silo.UseRedisClustering(o => o.ConfigurationOptions = Configuration(connection));
        silo.AddRedisGrainStorage(storageName, o =>
        {
            o.ConfigurationOptions = Configuration(connection);
            // The JSON of each state's declared type, not Orleans' type-named default: see GrainStateJson.
            o.GrainStorageSerializer = GrainStateJson.Instance;
        });
        silo.UseRedisReminderService(o => o.ConfigurationOptions = Configuration(connection));
        silo.Services.AddRedisJournal(connection, serviceId);
        return silo;
    }

    /// <summary>A client (a web front end that is not a silo) finds the cluster's gateways in Redis membership.</summary>
    public static IClientBuilder UseMonitorRedis(this IClientBuilder client, string connection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        return client.UseRedisClustering(o => o.ConfigurationOptions = Configuration(connection));
    }

    /// <summary>Registers <see cref="IJournal"/> as a <see cref="RedisJournal"/> with keys under <paramref name="serviceId"/>.</summary>
    public static IServiceCollection AddRedisJournal(this IServiceCollection services, string connection, string serviceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        services.TryAddSingleton(TimeProvider.System);
        services.AddKeyedSingleton<IConnectionMultiplexer>(nameof(RedisJournal), (_, _) => ConnectionMultiplexer.Connect(Configuration(connection)));
        return services.AddSingleton<IJournal>(sp => new RedisJournal(
            sp.GetRequiredKeyedService<IConnectionMultiplexer>(nameof(RedisJournal)), serviceId, sp.GetRequiredService<TimeProvider>()));
    }

    /// <summary>Each use parses afresh: StackExchange.Redis options are mutable and the providers keep their own.</summary>
    private static ConfigurationOptions Configuration(string connection)
    {
        var options = ConfigurationOptions.Parse(connection);
        // Keep retrying while Redis starts or restarts, rather than failing the silo's first call.
        options.AbortOnConnectFail = false;
        return options;
    }
}
