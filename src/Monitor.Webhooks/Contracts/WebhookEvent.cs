namespace Monitor.Webhooks;

/// <summary>
/// One event to deliver. <see cref="Id"/> comes from the change it was made of, so every retry and every
/// replay carries the same id; <see cref="Body"/> is built once, so every attempt sends the same bytes. An event
/// stored before divergences had a <see cref="DivergenceLevel"/> has none, and counts as hard.
/// </summary>
[GenerateSerializer, Immutable, Alias("Monitor.WebhookEvent")]
public sealed record WebhookEvent(
    string Id,
    string Type,
    long Sequence,
    DateTimeOffset At,
    string? StoryId,
    string? EntityId,
    string? DivergenceKind,
    string Body,
    string? DivergenceLevel = null);
