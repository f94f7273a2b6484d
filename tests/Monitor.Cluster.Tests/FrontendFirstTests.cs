using System.Net.Http.Json;
using System.Text.Json;

namespace Monitor.Cluster.Tests;

/// <summary>An operator may start a front end before any silo: it waits for one, then serves.</summary>
public sealed class FrontendFirstTests : IDisposable
{
    private readonly TestProcesses _run = new();

    [Fact]
    public async Task A_front_end_started_before_any_silo_ingests_once_one_is_up()
    {
        var article = EventArticles.Make(events: 1, perEvent: 1, seed: 31)[0];
        var redis = _run.Start(new RedisServer(_run.Folder));
        await redis.Ready;
        var frontend = _run.Start(MonitorHost.Frontend("frontend", redis.Connection, _run.Folder));
        var silo = _run.Start(MonitorHost.Silo("silo", redis.Connection, _run.Folder));
        await Task.WhenAll(frontend.Ready, silo.Ready);

        using var posted = await _run.Http.PostAsJsonAsync(new Uri(frontend.Address, "/api/articles"), new { id = article.Id, source = article.Source, title = article.Title, text = article.Text });

        posted.IsSuccessStatusCode.Should().BeTrue(await posted.Content.ReadAsStringAsync());
        var story = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("storyId").GetString();
        var page = await _run.Http.GetFromJsonAsync<JsonElement>(new Uri(frontend.Address, $"/api/stories/{story}"));
        page.GetRawText().Should().Contain(article.Id);
    }

    public void Dispose() => _run.Dispose();
}
