using System.Diagnostics;

namespace Monitor.Cli.Bench;

/// <summary>(4) Empty grain calls per second through the same silo, as many in flight as the ingest path has.</summary>
internal static class GrainCallBench
{
    private const int Callers = 64;

    public static async Task<double> RunAsync(BenchHost host, TimeSpan duration)
    {
        var grains = Enumerable.Range(0, Callers).Select(i => host.Grains.GetGrain<IBenchGrain>(i)).ToArray();
        await Task.WhenAll(grains.Select(g => g.Ping()));
        long calls = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(grains.Select(async grain =>
        {
            while (clock.Elapsed < duration)
            {
                await grain.Ping();
                Interlocked.Increment(ref calls);
            }
        }));
        return calls / clock.Elapsed.TotalSeconds;
    }
}
