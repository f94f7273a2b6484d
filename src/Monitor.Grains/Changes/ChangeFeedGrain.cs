using Monitor.Contracts;
using Orleans.Concurrency;

namespace Monitor.Grains;

/// <summary>Serves the change log to hosts that are not silos; stateless, so every silo runs its own.</summary>
[StatelessWorker]
public sealed class ChangeFeedGrain(IJournal journal) : Grain, IChangeFeedGrain
{
    public const int MaxPage = 1000;

    public Task<IReadOnlyList<Change>> Read(string topic, long after, int limit) =>
        journal.ReadChangesAsync(topic, after, Math.Clamp(limit, 1, MaxPage));

    public Task<long> Head(string topic) => journal.TopicHeadAsync(topic);
}
