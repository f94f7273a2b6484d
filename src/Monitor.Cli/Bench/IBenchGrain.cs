namespace Monitor.Cli.Bench;

/// <summary>A grain that does nothing: the bench's measure of what one grain call costs on this machine.</summary>
[Alias("Monitor.Cli.Bench.IBenchGrain")]
public interface IBenchGrain : IGrainWithIntegerKey
{
    [Alias("Ping")]
    Task Ping();
}

public sealed class BenchGrain : Grain, IBenchGrain
{
    public Task Ping() => Task.CompletedTask;
}
