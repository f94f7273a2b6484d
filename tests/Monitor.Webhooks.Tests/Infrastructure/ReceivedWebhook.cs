using System.Text.Json;

namespace Monitor.Webhooks.Tests;

/// <summary>One request the receiver got, and what it answered.</summary>
internal sealed record ReceivedWebhook(string Path, string? Id, string? Timestamp, string? Signature, string Body, int AnsweredWith)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public long Sequence => Json.GetProperty("data").GetProperty("sequence").GetInt64();

    public string Type => Json.GetProperty("type").GetString()!;
}
