namespace Monitor.Webhooks;

/// <summary>
/// A new subscription as the HTTP API takes it: only the url is required. Without a secret one is
/// generated; without events only divergence.detected is sent.
/// </summary>
public sealed record WebhookRequest(string? Url, string? Secret, WebhookFilterRequest? Filter, string[]? Events)
{
    public const int MaxUrlLength = 2_000;
    public const int MaxFilterLength = 300;

    public Dictionary<string, string[]> Validate(WebhookAddressGuard guard)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Url))
        {
            errors["url"] = ["The url is required."];
        }
        else if (Url.Length > MaxUrlLength)
        {
            errors["url"] = [$"The url has more than {MaxUrlLength} characters."];
        }
        else if (guard.CheckUrl(Url.Trim()) is { } refusal)
        {
            errors["url"] = [refusal];
        }
        if (Secret is not null && WebhookSecret.TryDecode(Secret, out var secretError) is null)
        {
            errors["secret"] = [secretError!];
        }
        if (Events?.FirstOrDefault(e => !WebhookEventTypes.IsKnown(e)) is { } unknown)
        {
            errors["events"] = [$"Unknown event '{unknown}': use {string.Join(", ", WebhookEventTypes.All)}."];
        }
        if (new[] { Filter?.StoryId, Filter?.EntityId }.Any(f => f is { Length: > MaxFilterLength } || (f is not null && string.IsNullOrWhiteSpace(f))))
        {
            errors["filter"] = [$"A filter's story or entity is a non-blank text of at most {MaxFilterLength} characters."];
        }
        if (Filter?.DivergenceKindProblem() is { } kind)
        {
            errors["filter.kind"] = [kind];
        }
        return errors;
    }

    /// <summary>The settings of the subscription; call after <see cref="Validate"/> found nothing.</summary>
    public WebhookSubscriptionSettings ToSettings() => new(
        Url!.Trim(),
        Secret ?? WebhookSecret.Generate(),
        Filter?.ToFilter() ?? WebhookFilter.Everything,
        Events is { Length: > 0 } ? [.. Events.Distinct(StringComparer.Ordinal)] : WebhookEventTypes.Default);
}
