using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Host;

namespace Monitor.Ingest.Tests;

public sealed class ReplayApiTests(KeyedHost host) : IClassFixture<KeyedHost>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("monitor-replay-").FullName;

    [Fact]
    public async Task A_replayed_folder_honours_its_manifest_and_its_articles_count_once_across_paths()
    {
        var link = $"https://outlet.example/{Guid.NewGuid():n}";
        File.WriteAllText(Path.Combine(_folder, "001_first.txt"), $"Headline one\nThe first replayed article {Guid.NewGuid():n}.");
        File.WriteAllText(Path.Combine(_folder, "002_second.txt"), $"Headline two\nThe second replayed article {Guid.NewGuid():n}.");
        File.WriteAllText(Path.Combine(_folder, "manifest.json"), $$$"""{"001_first.txt": {"source": "outlet", "url": "{{{link}}}", "published": "2025-07-18T10:00:00Z"}}""");

        var response = await host.Http.SendAsync(Api.Post("/api/replay", $$"""{"folder": {{System.Text.Json.JsonSerializer.Serialize(_folder)}}}"""));
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        var replays = host.Services.GetRequiredService<FolderReplays>();
        await replays.WhenDone(id);
        var copy = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article("api-copy", "elsewhere", "Other title", "Other words.", url: link + "#top")));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        replays.Find(id)!.Should().Match<ReplayProgress>(p => p.Finished && p.Accepted == 2 && p.Error == null);
        (await copy.JsonAsync()).GetProperty("duplicateOf").GetString().Should().Be("001_first");
    }

    [Fact]
    public async Task A_missing_folder_is_a_validation_problem()
    {
        var response = await host.Http.SendAsync(Api.Post("/api/replay", "{\"folder\": \"/no/such/folder/here\"}"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorKeys().Should().Contain("folder");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
