using Monitor.Analysis;

namespace Monitor.Webhooks;

/// <summary>The body of every webhook, in the Standard Webhooks shape: type, timestamp, data.</summary>
public sealed record WebhookPayload(string Type, DateTimeOffset Timestamp, WebhookPayloadData Data);

/// <summary>
/// What diverged: the story (or entity) and slot, and every side with its sources and quotes.
/// <see cref="Sequence"/> is the change's number in the change log <c>all</c>.
/// </summary>
public sealed record WebhookPayloadData(
    long Sequence,
    WebhookStoryLink? Story,
    WebhookEntityLink? Entity,
    string Slot,
    DivergenceView? Divergence);

public sealed record WebhookStoryLink(string Id, string Title, string Url, string ApiUrl);

public sealed record WebhookEntityLink(string Id, string Name, string ApiUrl);
