namespace Monitor.Storage.Sqlite.Tests.Cluster;

public sealed class NoteGrain([PersistentState("note", NoteGrain.Storage)] IPersistentState<NoteState> note) : Grain, INoteGrain
{
    public const string Storage = "sqlite";

    // Not persisted: tells a fresh activation from the one that wrote.
    private readonly Guid _activation = Guid.NewGuid();

    public async Task Write(string text)
    {
        note.State.Text = text;
        await note.WriteStateAsync();
    }

    public Task<NoteReading> Read() => Task.FromResult(new NoteReading(note.State.Text, _activation));
}

[GenerateSerializer, Alias("Tests.NoteState")]
public sealed class NoteState
{
    [Id(0)]
    public string? Text { get; set; }
}
