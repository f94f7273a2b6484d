using Monitor.Contracts;

namespace Monitor.Webhooks;

/// <summary>The event types a subscription can ask for; detected is always sent, the others on request.</summary>
public static class WebhookEventTypes
{
    public static IReadOnlyList<string> All { get; } =
        [ChangeKinds.DivergenceDetected, ChangeKinds.DivergenceUpdated, ChangeKinds.DivergenceResolved];

    public static IReadOnlyList<string> Default { get; } = [ChangeKinds.DivergenceDetected];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
