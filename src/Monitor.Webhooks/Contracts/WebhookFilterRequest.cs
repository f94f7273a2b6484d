using System.Text.Json.Serialization;
using Monitor.Analysis;

namespace Monitor.Webhooks;

/// <summary>
/// A subscription's filter as the HTTP API takes it: <c>storyId</c>, <c>entityId</c> and <c>kind</c> (a divergence
/// kind; <c>divergenceKind</c> is the same), and <c>includeSoft</c> for soft divergences too. A kind is one the engine
/// reports, so a typo is refused, never a filter that matches nothing; an unknown field is refused too.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record WebhookFilterRequest(string? StoryId, string? EntityId, string? Kind, string? DivergenceKind, bool? IncludeSoft = null)
{
    /// <summary>The divergence kinds the engine reports, as divergences name them.</summary>
    public static IReadOnlyList<string> DivergenceKinds { get; } = [.. Enum.GetNames<ClaimKind>().Select(k => k.ToLowerInvariant())];

    private string? ChosenKind => Kind ?? DivergenceKind;

    public string? DivergenceKindProblem()
    {
        if (Kind is not null && DivergenceKind is not null && !string.Equals(Kind, DivergenceKind, StringComparison.OrdinalIgnoreCase))
        {
            return "Give the divergence kind once, as kind.";
        }
        return ChosenKind is null || DivergenceKinds.Contains(ChosenKind.Trim().ToLowerInvariant())
            ? null
            : $"Unknown divergence kind '{ChosenKind}': use one of {string.Join(", ", DivergenceKinds)}.";
    }

    /// <summary>The filter the subscription keeps; call after <see cref="DivergenceKindProblem"/> found nothing.</summary>
    public WebhookFilter ToFilter() => new(StoryId, EntityId, ChosenKind?.Trim().ToLowerInvariant(), IncludeSoft ?? false);
}
