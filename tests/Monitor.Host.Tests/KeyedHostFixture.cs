using Microsoft.AspNetCore.Builder;

namespace Monitor.Host.Tests;

/// <summary>A Monitor host with an API key configured, in memory, replaying nothing.</summary>
public sealed class KeyedHostFixture : IAsyncLifetime
{
    public const string Key = "telemetry-test-key";

    private WebApplication _app = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort.Pick();
        _app = MonitorApp.Create([$"--Monitor:Port={port}", "--Monitor:Replay=", "--Monitor:Data=", $"--Api:Keys:0={Key}"]);
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
