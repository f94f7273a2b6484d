namespace Monitor.Contracts;

/// <summary>
/// Names the change log's lifetime. Sequences only mean something within one epoch: a host that
/// keeps everything in memory starts its log again at 1 when it restarts, under a new epoch, and a
/// page that saw a different epoch reloads its view instead of waiting for sequences it already passed.
/// </summary>
[Alias("Monitor.IChangeLogEpochGrain")]
public interface IChangeLogEpochGrain : IGrainWithIntegerKey
{
    [Alias("Epoch")]
    Task<string> Epoch();
}

