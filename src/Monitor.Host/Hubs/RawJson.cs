using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitor.Host;

/// <summary>Writes a string that already holds JSON as that JSON (checked, not re-parsed into a document).</summary>
public sealed class RawJson : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteRawValue(value);
}
