using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Contracts;
using Monitor.Grains;
using Monitor.Host;
using Monitor.Tests;
using Orleans.Serialization;
using Orleans.Storage;

namespace Monitor.Webhooks.Tests;

/// <summary>The real host, started as the serve command starts it, with loopback allowed and short retries.</summary>
internal sealed class MonitorHost(RunningHost host) : IAsyncDisposable
{
    public static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    public WebApplication App => host.App;

    public HttpClient Http => host.Http;

    public IJournal Journal => App.Services.GetRequiredService<IJournal>();

    public static async Task<MonitorHost> StartAsync(SharedGrainStorage.Store? storage = null)
    {
        var port = FreePort.Pick();
        string[] settings =
        [
            "--Webhooks:AllowedHosts:0=127.0.0.1", "--Webhooks:PollInterval=00:00:00.05", $"--Webhooks:PublicUrl=http://127.0.0.1:{port}",
            .. Enumerable.Range(0, 5).Select(i => $"--Webhooks:RetrySchedule:{i}={Retry}"),
        ];
        return new MonitorHost(await RunningHost.StartAsync(settings, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (storage is not null)
            {
                builder.Host.UseServiceProviderFactory(new ReplacingServiceProviderFactory(services => UseStorage(services, storage)));
            }
        }, port));
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private static void UseStorage(IServiceCollection services, SharedGrainStorage.Store storage)
    {
        foreach (var existing in services.Where(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, MonitorStorage.Name)).ToList())
        {
            services.Remove(existing);
        }
        services.AddKeyedSingleton<IGrainStorage>(MonitorStorage.Name, (sp, _) => new SharedGrainStorage(storage, sp.GetRequiredService<Serializer>()));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "host";
}
