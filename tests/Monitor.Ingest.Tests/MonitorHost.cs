using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Monitor.Host;

namespace Monitor.Ingest.Tests;

/// <summary>A real Monitor host on a free loopback port, in memory, with no replay; the settings are configuration.</summary>
public abstract class MonitorHost : IAsyncLifetime
{
    public const string Key = "test-key-7f3a";

    private WebApplication? _app;

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    protected abstract IEnumerable<string> Settings { get; }

    public async Task InitializeAsync()
    {
        var port = FreePort();
        _app = MonitorApp.Create(
        [
            $"--Monitor:Port={port}", "--Monitor:Replay=", "--Monitor:Data=",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:System.Net.Http=Error", .. Settings,
        ]);
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _app!.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Keys configured, a rate limit too high to matter.</summary>
public sealed class KeyedHost : MonitorHost
{
    protected override IEnumerable<string> Settings => [$"--Api:Keys:0={Key}", "--Api:Keys:1=second-key", "--Api:RateLimit=1000000"];
}

/// <summary>The embedded default (no keys) with a tiny rate limit over a long window.</summary>
public sealed class DefaultHost : MonitorHost
{
    public const int Limit = 3;

    protected override IEnumerable<string> Settings => [$"--Api:RateLimit={Limit}", "--Api:RateWindow=01:00:00"];
}
