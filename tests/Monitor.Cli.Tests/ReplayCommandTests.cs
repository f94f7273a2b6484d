using Monitor.Host;

namespace Monitor.Cli.Tests;

/// <summary><c>monitor replay --to</c> against a real host: one folder gives the same result as <c>snapshot</c> and <c>POST /api/replay</c>.</summary>
public sealed class ReplayCommandTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(["--Logging:LogLevel:Default=Warning"]);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Replay_to_a_host_sends_the_good_files_names_the_refused_ones_and_a_second_run_reports_duplicates()
    {
        using var folder = new MixedFolder();

        var first = await MonitorProcess.RunAsync("replay", folder.Path, "--to", _host.BaseAddress.ToString());
        var second = await MonitorProcess.RunAsync("replay", folder.Path, "--to", _host.BaseAddress.ToString(), "--speed", "0");

        first.ExitCode.Should().Be(1, first.Error);
        SnapshotCommandTests.RefusedFiles(first.Error).Should().BeEquivalentTo(MixedFolder.Refused);
        first.Out.Should().Contain("2 accepted, 0 duplicates, 2 refused");
        second.Out.Should().Contain("0 accepted, 2 duplicates, 2 refused");
    }

    [Fact]
    public async Task Replay_to_a_dead_port_is_one_line_and_exit_2()
    {
        using var folder = new MixedFolder();

        var (exit, _, error) = await MonitorProcess.RunAsync("replay", folder.Path, "--to", $"http://127.0.0.1:{FreePort.Pick()}");

        exit.Should().Be(2);
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("refused ", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Should().StartWith("monitor replay: cannot reach");
        error.Should().NotContain("   at ");
    }

    [Theory]
    [InlineData("replay", "-1")]
    [InlineData("serve", "-1")]
    public async Task A_negative_speed_is_refused_everywhere(string command, string speed)
    {
        var (exit, _, error) = await MonitorProcess.RunAsync(command == "replay" ? [command, Repository.Seeds, "--speed", speed] : [command, "--speed", speed, "--port", "0"]);

        exit.Should().Be(2);
        error.Should().Contain("0 (as fast as possible)");
    }
}
