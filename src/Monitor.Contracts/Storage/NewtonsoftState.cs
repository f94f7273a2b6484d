using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monitor.Contracts;

/// <summary>
/// Reads a grain state written by Orleans' default grain storage serializer (Monitor up to December
/// 2026): Newtonsoft JSON with <c>$type</c> names, <c>$id</c>/<c>$ref</c> for repeated objects and
/// <c>$values</c> around typed collections. Stripped of those, it is the declared shape itself, with
/// Pascal-case names (read case-insensitively) and enums as numbers (which the enum converter accepts).
/// </summary>
internal static class NewtonsoftState
{
    /// <summary>That serializer always opens the root with <c>$id</c> or <c>$type</c>; no state of ours has a property named so.</summary>
    public static bool IsIn(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        return reader.Read() && reader.TokenType == JsonTokenType.StartObject
            && reader.Read() && reader.TokenType == JsonTokenType.PropertyName
            && reader.ValueSpan is [(byte)'$', ..];
    }

    public static JsonNode? Strip(ReadOnlyMemory<byte> json) => Strip(JsonNode.Parse(json.Span), new Dictionary<string, JsonNode?>(StringComparer.Ordinal));

    // Newtonsoft writes an object's $id before any $ref to it, so one pass in document order resolves every reference.
    private static JsonNode? Strip(JsonNode? node, Dictionary<string, JsonNode?> byId)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Strip(item, byId))]);
            case JsonObject obj when obj["$ref"] is { } reference:
                return byId[reference.GetValue<string>()]?.DeepClone();
            case JsonObject obj when obj.ContainsKey("$values"):
                return Remember(obj, Strip(obj["$values"], byId), byId);
            case JsonObject obj:
                var plain = new JsonObject(obj
                    .Where(p => p.Key is not ("$id" or "$type"))
                    .Select(p => KeyValuePair.Create(p.Key, Strip(p.Value, byId)))
                    .ToList());
                return Remember(obj, plain, byId);
            default:
                return node?.DeepClone();
        }
    }

    private static JsonNode? Remember(JsonObject original, JsonNode? stripped, Dictionary<string, JsonNode?> byId)
    {
        if (original["$id"] is { } id)
        {
            byId[id.GetValue<string>()] = stripped;
        }
        return stripped;
    }
}
