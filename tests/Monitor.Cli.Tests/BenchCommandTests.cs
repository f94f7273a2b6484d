using System.Text.Json;

namespace Monitor.Cli.Tests;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task A_quick_bench_prints_one_json_object_with_every_required_figure()
    {
        var (exitCode, output, error) = await MonitorProcess.RunAsync("bench", "--json", "--quick");

        exitCode.Should().Be(0, error);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        foreach (var field in new[]
        {
            "articles_per_second", "p50_push_ms", "p99_push_ms", "update_ms_at_10", "update_ms_at_10000",
            "full_recompute_ms_at_10000", "empty_grain_calls_per_second", "bytes_per_active_story",
        })
        {
            root.GetProperty(field).ValueKind.Should().Be(JsonValueKind.Number, field);
        }
        root.GetProperty("quick").GetBoolean().Should().BeTrue();
        root.GetProperty("articles").GetInt32().Should().BePositive();
        root.GetProperty("push_samples").GetInt32().Should().BePositive();
    }
}
