using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Tests;

namespace Monitor.Dashboard.Tests;

/// <summary>One real host (silo, API, hub, dashboard) on a free loopback port, shared by the dashboard tests.</summary>
public sealed class MonitorHostFixture : IAsyncLifetime
{
    private RunningHost? _host;

    public Uri BaseAddress => _host!.BaseAddress;

    public HttpClient Http => _host!.Http;

    /// <summary>The host's own grain client, to build a story claim by claim where the engine would not.</summary>
    public IGrainFactory Grains => _host!.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync() =>
        _host = await RunningHost.StartAsync([], builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // Re-clustering after every article, so a test sees a merge without posting a window's worth.
            builder.Services.AddSingleton(new Monitor.Analysis.StoryClustering { RegroupEvery = 1 });
        });

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
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
