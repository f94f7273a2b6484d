using Monitor.Contracts;

namespace Monitor.Grains;

/// <summary>
/// Keeps the change log's epoch in the grain storage that lives and dies with the log: the SQLite file
/// or Redis keep it across restarts, the in-memory mode draws a new one each time it starts.
/// </summary>
public sealed class ChangeLogEpochGrain(
    [PersistentState("epoch", MonitorStorage.Name)] IPersistentState<ChangeLogEpochState> state) : Grain, IChangeLogEpochGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state.State.Epoch))
        {
            state.State.Epoch = Guid.NewGuid().ToString("N")[..12];
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public Task<string> Epoch() => Task.FromResult(state.State.Epoch);
}

[GenerateSerializer, Alias("Monitor.ChangeLogEpochState")]
public sealed class ChangeLogEpochState
{
    [Id(0)]
    public string Epoch { get; set; } = "";
}
