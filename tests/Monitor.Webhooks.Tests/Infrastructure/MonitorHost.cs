using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Contracts;
using Monitor.Host;
using Monitor.Tests;

namespace Monitor.Webhooks.Tests;

/// <summary>The real host, started as the serve command starts it, with loopback allowed and short retries.</summary>
internal sealed class MonitorHost(RunningHost host) : IAsyncDisposable
{
    public static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    public WebApplication App => host.App;

    public HttpClient Http => host.Http;

    public IJournal Journal => App.Services.GetRequiredService<IJournal>();

    /// <summary>Keeps everything in memory, or in the SQLite file at <paramref name="data"/> as <c>serve --data</c> does.</summary>
    public static async Task<MonitorHost> StartAsync(string? data = null)
    {
        var port = FreePort.Pick();
        string[] settings =
        [
            "--Webhooks:AllowedHosts:0=127.0.0.1", "--Webhooks:PollInterval=00:00:00.05", $"--Webhooks:PublicUrl=http://127.0.0.1:{port}",
            .. Enumerable.Range(0, 5).Select(i => $"--Webhooks:RetrySchedule:{i}={Retry}"),
            $"--Monitor:Data={data}",
        ];
        return new MonitorHost(await RunningHost.StartAsync(settings, builder => builder.Logging.SetMinimumLevel(LogLevel.Warning), port));
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "host";
}
