using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Host;
using Monitor.Tests;

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

    [Fact]
    public async Task A_folder_replays_its_good_files_names_the_refused_ones_and_a_second_replay_reports_duplicates()
    {
        using var folder = new MixedFolder();
        var replays = host.Services.GetRequiredService<FolderReplays>();

        var first = await ReplayAsync(folder.Path, replays);
        var second = await ReplayAsync(folder.Path, replays);

        (first.Accepted, first.Duplicates, first.Refused, first.Error).Should().Be((2, 0, 2, null));
        first.Refusals.Select(r => r.Split(':')[0]).Should().BeEquivalentTo(MixedFolder.Refused);
        first.Refusals.Should().Contain(r => r.Contains("UTF-8"));
        (second.Accepted, second.Duplicates).Should().Be((0, 2));
    }

    [Fact]
    public async Task A_broken_manifest_is_a_400_problem_that_says_so()
    {
        var broken = MixedFolder.Broken();

        var response = await host.Http.SendAsync(Api.Post("/api/replay", $$"""{"folder": {{System.Text.Json.JsonSerializer.Serialize(broken)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("detail").GetString().Should().Contain("manifest");
        Directory.Delete(broken, recursive: true);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2_000_000)]
    public async Task A_speed_out_of_range_is_refused_and_zero_is_not(double speed)
    {
        using var folder = new MixedFolder();

        var refused = await host.Http.SendAsync(Api.Post("/api/replay", $$"""{"folder": {{System.Text.Json.JsonSerializer.Serialize(folder.Path)}}, "speed": {{speed}}}"""));
        var zero = await host.Http.SendAsync(Api.Post("/api/replay", $$"""{"folder": {{System.Text.Json.JsonSerializer.Serialize(folder.Path)}}, "speed": 0}"""));

        (await refused.ProblemAsync()).ErrorKeys().Should().Equal("speed");
        zero.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await host.Services.GetRequiredService<FolderReplays>().WhenDone((await zero.JsonAsync()).GetProperty("id").GetString()!);
    }

    private async Task<ReplayProgress> ReplayAsync(string folder, FolderReplays replays)
    {
        var response = await host.Http.SendAsync(Api.Post("/api/replay", $$"""{"folder": {{System.Text.Json.JsonSerializer.Serialize(folder)}}}"""));
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;
        await replays.WhenDone(id);
        return replays.Find(id)!;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
