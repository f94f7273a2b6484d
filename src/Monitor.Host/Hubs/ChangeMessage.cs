using System.Text.Json.Serialization;
using Monitor.Contracts;

namespace Monitor.Host;

/// <summary>
/// A change as subscribers receive it: the payload as a JSON object rather than a string. The payload
/// stays the text the grain stored and is written into the message as it is, so a change pushed to a
/// group nobody listens to costs no parsing at all.
/// </summary>
public sealed record ChangeMessage(string Topic, long Sequence, string Kind, DateTimeOffset At, [property: JsonConverter(typeof(RawJson))] string Payload)
{
    public static ChangeMessage From(Change change) => new(change.Topic, change.Sequence, change.Kind, change.At, change.Payload);
}
