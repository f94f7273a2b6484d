namespace Monitor.Storage.Sqlite.Tests.Cluster;

public interface INoteGrain : IGrainWithStringKey
{
    Task Write(string text);

    Task<NoteReading> Read();
}

/// <summary>What a note grain holds, and which activation answered.</summary>
[GenerateSerializer, Immutable, Alias("Tests.NoteReading")]
public sealed record NoteReading([property: Id(0)] string? Text, [property: Id(1)] Guid Activation);
