using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Contracts;
using Monitor.Grains;
using Monitor.Host;
using Orleans.Serialization;
using Orleans.Storage;

namespace Monitor.Webhooks.Tests;

/// <summary>The real host, started as the serve command starts it, with loopback allowed and short retries.</summary>
internal sealed class MonitorHost(WebApplication app, HttpClient http) : IAsyncDisposable
{
    public static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    public WebApplication App { get; } = app;

    public HttpClient Http { get; } = http;

    public IJournal Journal => App.Services.GetRequiredService<IJournal>();

    public static async Task<MonitorHost> StartAsync(SharedGrainStorage.Store? storage = null)
    {
        var port = FreePort();
        string[] args =
        [
            $"--Monitor:Port={port}", "--Monitor:Replay=", "--Monitor:Data=",
            "--Webhooks:AllowedHosts:0=127.0.0.1", "--Webhooks:PollInterval=00:00:00.05", $"--Webhooks:PublicUrl=http://127.0.0.1:{port}",
            .. Enumerable.Range(0, 5).Select(i => $"--Webhooks:RetrySchedule:{i}={Retry}"),
        ];
        var app = MonitorApp.Create(args, builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (storage is not null)
            {
                builder.Host.UseServiceProviderFactory(new ReplacingServiceProviderFactory(services => UseStorage(services, storage)));
            }
        });
        await app.StartAsync();
        return new MonitorHost(app, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static void UseStorage(IServiceCollection services, SharedGrainStorage.Store storage)
    {
        foreach (var existing in services.Where(d => d.ServiceType == typeof(IGrainStorage) && d.IsKeyedService && Equals(d.ServiceKey, MonitorStorage.Name)).ToList())
        {
            services.Remove(existing);
        }
        services.AddKeyedSingleton<IGrainStorage>(MonitorStorage.Name, (sp, _) => new SharedGrainStorage(storage, sp.GetRequiredService<Serializer>()));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "host";
}
