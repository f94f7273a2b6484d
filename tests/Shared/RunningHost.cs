using Microsoft.AspNetCore.Builder;
using Monitor.Host;

namespace Monitor.Tests;

/// <summary>
/// A real Monitor host (silo, API, hub, dashboard) on a free loopback port, started as the serve command
/// starts it, replaying nothing and keeping everything in memory unless the settings say otherwise.
/// </summary>
internal sealed class RunningHost : IAsyncDisposable
{
    private RunningHost(WebApplication app, int port)
    {
        App = app;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <summary>Starts on <paramref name="port"/>, or a free one; later settings win over the defaults.</summary>
    public static async Task<RunningHost> StartAsync(
        IEnumerable<string> settings, Action<WebApplicationBuilder>? configure = null, int? port = null)
    {
        var http = port ?? FreePort.Pick();
        var app = await MonitorApp.StartAsync([$"--Monitor:Port={http}", "--Monitor:Replay=", "--Monitor:Data=", .. settings], configure);
        return new RunningHost(app, http);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
