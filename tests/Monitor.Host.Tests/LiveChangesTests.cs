using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Monitor.Host.Tests;

public sealed class LiveChangesTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_signalr_client_receives_the_story_opened_by_a_posted_article()
    {
        var title = "Qorvath " + Guid.NewGuid().ToString("N");
        var opened = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, "/hubs/monitor")).Build();
        connection.On<List<JsonElement>>("changes", changes =>
        {
            foreach (var change in changes.Where(c => c.GetProperty("kind").GetString() == "story.opened"))
            {
                if (change.GetProperty("payload").GetProperty("title").GetString() == title)
                {
                    opened.TrySetResult(change);
                }
            }
        });
        await connection.StartAsync();
        await connection.InvokeAsync<long>("Subscribe", "all", 0L);

        var response = await host.Http.PostAsJsonAsync("/api/articles", new
        {
            source = "Test Wire",
            title,
            text = $"{title} was announced on Tuesday by the Velmora council. Officials said {title} would start soon.",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var change = await opened.Task.WaitAsync(TimeSpan.FromSeconds(30));
        change.GetProperty("topic").GetString().Should().Be("all");
        change.GetProperty("sequence").GetInt64().Should().BePositive();
    }

    [Fact]
    public async Task An_article_without_text_is_a_validation_problem()
    {
        var response = await host.Http.PostAsJsonAsync("/api/articles", new { source = "Test Wire", title = "No text" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("text", out _).Should().BeTrue();
    }

    [Fact]
    public async Task The_snapshot_serves_a_posted_article()
    {
        var title = "Brenhallow " + Guid.NewGuid().ToString("N");
        var posted = await host.Http.PostAsJsonAsync("/api/articles", new
        {
            id = "snap-" + Guid.NewGuid().ToString("N"),
            source = "Test Wire",
            title,
            text = $"{title} opened its doors on Friday in the town of Quillmere.",
        });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetString();

        var snapshot = await host.Http.GetFromJsonAsync<JsonElement>("/api/snapshot");

        snapshot.GetProperty("stories").EnumerateArray()
            .SelectMany(s => s.GetProperty("articles").EnumerateArray().Select(a => a.GetString()))
            .Should().Contain(id);
    }
}
