namespace Monitor.Analysis;

/// <summary>Runs every claim rule over an article; one claim per slot, value and article, first quote kept.</summary>
internal static class ClaimExtractor
{
    /// <summary>The (slot, value) pairs an article's claims have taken so far: one table a thread, emptied for each article.</summary>
    [ThreadStatic]
    private static HashSet<(string Slot, string Value)>? t_seen;

    /// <summary>The claims the rules add, before those told twice are dropped: one list a thread, emptied for each article.</summary>
    [ThreadStatic]
    private static List<Claim>? t_claims;

    public static IReadOnlyList<Claim> Extract(IReadOnlyList<Sentence> sentences, ArticleEntities entities, DateTimeOffset? published = null)
    {
        var context = new ClaimContext(sentences, entities) { Published = published is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null };
        var claims = t_claims ??= [];
        claims.Clear();
        QuantityClaims.Add(context, claims);
        HeldNationalityClaims.Add(context, claims);
        AdministrationClaims.Add(context, claims);
        PresenceClaims.Add(context, claims);
        EventClaims.Add(context, claims);
        DayFacts.Add(context, claims);
        PeriodFacts.Add(context, claims);
        YearFacts.Add(context, claims);
        FigureFacts.Add(context, claims);
        PlaceFacts.Add(context, claims);
        WinnerFacts.Add(context, claims);
        QuoteFacts.Add(context, claims);
        PersonFacts.Add(context, claims);
        var seen = t_seen ??= [];
        seen.Clear();
        var distinct = new List<Claim>(claims.Count);
        foreach (var claim in claims)
        {
            // A general fact is told by its sentence as well: one article may give the same day to two events.
            if (claim.Context is not null || seen.Add((claim.Slot, claim.Value.Key)))
            {
                distinct.Add(claim);
            }
        }
        seen.Clear();
        claims.Clear();
        return distinct;
    }
}
