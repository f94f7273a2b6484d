using Microsoft.AspNetCore.Builder;

namespace Monitor.Host.Tests;

/// <summary>A real Monitor host on a free loopback port, in memory, replaying nothing.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private WebApplication _app = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort.Pick();
        _app = MonitorApp.Create([$"--Monitor:Port={port}", "--Monitor:Replay=", "--Monitor:Data="]);
        await _app.StartAsync();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
