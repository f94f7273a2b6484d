using System.Text.Json;
using Orleans.Storage;

namespace Monitor.Storage.Sqlite.Tests;

/// <summary>The grain storage serializer for tests without a silo.</summary>
internal sealed class JsonStateSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input));

    public T Deserialize<T>(BinaryData input) => input.ToObjectFromJson<T>()!;
}
