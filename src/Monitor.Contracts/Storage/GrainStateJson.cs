using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace Monitor.Contracts;

/// <summary>
/// Grain state as stored, on SQLite and on Redis alike: System.Text.Json of the state's declared type.
/// A stored state is a contract, so it names no .NET type: a collection expression behind an
/// <c>IReadOnlyList&lt;string&gt;</c> is written as a plain array and read back as a list, whatever
/// type the compiler made for it. Orleans' default grain storage serializer (Newtonsoft with type
/// names) wrote the run-time type of each value instead, which a later process may be unable to load;
/// a state it wrote is read through <see cref="NewtonsoftState"/> and stored in this shape at its next write.
/// </summary>
public sealed class GrainStateJson : IGrainStorageSerializer
{
    public static GrainStateJson Instance { get; } = new();

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Names, not numbers: an enum's members may be reordered without changing what a stored state means.
        Converters = { new JsonStringEnumConverter() },
    };

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input)
    {
        var json = input.ToMemory();
        var state = NewtonsoftState.IsIn(json.Span)
            ? NewtonsoftState.Strip(json).Deserialize<T>(Options)
            : JsonSerializer.Deserialize<T>(json.Span, Options);
        return state ?? throw new JsonException($"A stored {typeof(T).Name} is null.");
    }
}
