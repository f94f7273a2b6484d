using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Host;

namespace Monitor.Dashboard.Tests;

/// <summary>One real host (silo, API, hub, dashboard) on a free loopback port, shared by the dashboard tests.</summary>
public sealed class MonitorHostFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The host's own grain client, to build a story claim by claim where the engine would not.</summary>
    public IGrainFactory Grains => _app!.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        var port = FreePort();
        _app = MonitorApp.Create(
            [$"--Monitor:Port={port}", "--Monitor:Replay=", "--Monitor:Data="],
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await _app.StartAsync();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Posts an article and returns the story it went to.</summary>
    public async Task<string> PostAsync(TestArticle article)
    {
        using var response = await Http.PostAsJsonAsync("api/articles", article);
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return result.RootElement.GetProperty("storyId").GetString()!;
    }

    /// <summary>The story's title as the API stores it.</summary>
    public async Task<string> StoryTitleAsync(string storyId)
    {
        using var detail = JsonDocument.Parse(await Http.GetStringAsync($"api/stories/{Uri.EscapeDataString(storyId)}"));
        return detail.RootElement.GetProperty("story").GetProperty("title").GetString()!;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
