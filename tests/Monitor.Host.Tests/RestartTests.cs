using System.Net;
using System.Net.Http.Json;

namespace Monitor.Host.Tests;

public sealed class RestartTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"monitor-restart-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_host_started_again_on_the_same_file_serves_the_same_snapshot()
    {
        var seeds = Repository.Seeds;
        string before;
        await using (var first = await StartAsync())
        {
            foreach (var file in Directory.GetFiles(seeds, "*.txt").Order())
            {
                var response = await first.Http.PostAsJsonAsync("/api/articles", new
                {
                    id = Path.GetFileNameWithoutExtension(file),
                    source = Path.GetFileNameWithoutExtension(file),
                    title = File.ReadLines(file).First(l => l.Length > 0),
                    text = await File.ReadAllTextAsync(file),
                });
                response.StatusCode.Should().Be(HttpStatusCode.Accepted);
            }
            before = await first.Http.GetStringAsync("/api/snapshot");
        }

        await using var second = await StartAsync();
        var after = await second.Http.GetStringAsync("/api/snapshot");

        before.Should().Contain(Path.GetFileNameWithoutExtension(Directory.GetFiles(seeds, "*.txt")[0]));
        after.Should().Be(before);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _data, _data + "-wal", _data + "-shm" })
        {
            File.Delete(file);
        }
    }

    private Task<RunningHost> StartAsync() => RunningHost.StartAsync([$"--Monitor:Data={_data}"]);
}
