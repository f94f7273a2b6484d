using System.Net.Http.Json;
using System.Text.Json;

namespace Monitor.Cluster.Tests;

/// <summary>An operator may start a front end before any silo: it waits for one, then serves.</summary>
public sealed class FrontendFirstTests : IDisposable
{
    private readonly string _logs = Directory.CreateTempSubdirectory("monitor-frontend-").FullName;
    private readonly List<IDisposable> _processes = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task A_front_end_started_before_any_silo_ingests_once_one_is_up()
    {
        var article = EventArticles.Make(events: 1, perEvent: 1, seed: 31)[0];
        var redis = Start(new RedisServer(_logs));
        await redis.Ready;
        var frontend = Start(MonitorHost.Frontend("frontend", redis.Connection, _logs));
        var silo = Start(MonitorHost.Silo("silo", redis.Connection, _logs));
        await Task.WhenAll(frontend.Ready, silo.Ready);

        using var posted = await _http.PostAsJsonAsync(new Uri(frontend.Address, "/api/articles"), new { id = article.Id, source = article.Source, title = article.Title, text = article.Text });

        posted.IsSuccessStatusCode.Should().BeTrue(await posted.Content.ReadAsStringAsync());
        var answer = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var story = answer.GetProperty("storyId").GetString();
        var page = await _http.GetFromJsonAsync<JsonElement>(new Uri(frontend.Address, $"/api/stories/{story}"));
        page.GetRawText().Should().Contain(article.Id);
    }

    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            process.Dispose();
        }
        _http.Dispose();
    }

    private T Start<T>(T process) where T : IDisposable
    {
        _processes.Add(process);
        return process;
    }
}
