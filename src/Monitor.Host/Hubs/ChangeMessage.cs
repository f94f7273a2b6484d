using System.Text.Json;
using Monitor.Contracts;

namespace Monitor.Host;

/// <summary>A change as subscribers receive it: the payload as a JSON object rather than a string.</summary>
public sealed record ChangeMessage(string Topic, long Sequence, string Kind, DateTimeOffset At, JsonElement Payload)
{
    public static ChangeMessage From(Change change) =>
        new(change.Topic, change.Sequence, change.Kind, change.At, JsonDocument.Parse(change.Payload).RootElement.Clone());
}
