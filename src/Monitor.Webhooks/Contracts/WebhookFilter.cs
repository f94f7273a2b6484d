using Monitor.Analysis;

namespace Monitor.Webhooks;

/// <summary>
/// Which divergences a subscription wants: every hard one (all null), or those of one story, one entity or
/// one divergence kind. The parts that are set must all match. A soft divergence (rounding or vagueness,
/// "several" against 140) is sent only with <see cref="IncludeSoft"/>: it is no contradiction to be woken for.
/// </summary>
[GenerateSerializer, Immutable, Alias("Monitor.WebhookFilter")]
public sealed record WebhookFilter(string? StoryId, string? EntityId, string? DivergenceKind, bool IncludeSoft = false)
{
    public static WebhookFilter Everything { get; } = new(null, null, null);

    public bool Matches(WebhookEvent e) =>
        (StoryId is null || string.Equals(StoryId, e.StoryId, StringComparison.Ordinal)) &&
        (EntityId is null || string.Equals(EntityId, e.EntityId, StringComparison.Ordinal)) &&
        (DivergenceKind is null || string.Equals(DivergenceKind, e.DivergenceKind, StringComparison.OrdinalIgnoreCase)) &&
        (IncludeSoft || !string.Equals(e.DivergenceLevel, DivergenceLevel.Soft, StringComparison.Ordinal));
}
