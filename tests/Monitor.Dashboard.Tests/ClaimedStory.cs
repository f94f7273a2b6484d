using Monitor.Analysis;
using Monitor.Contracts;

namespace Monitor.Dashboard.Tests;

/// <summary>
/// A story built from hand-written claims, straight on its grain: the dashboard's matrix and
/// divergence views are tested on known claims, whatever the engine extracts from text today.
/// </summary>
public sealed class ClaimedStory(IGrainFactory grains)
{
    public string Id { get; } = "s-test-" + Guid.NewGuid().ToString("N")[..10];

    public IStoryGrain Grain => grains.GetGrain<IStoryGrain>(Id);

    public Task AddAsync(string source, int day, params Claim[] claims)
    {
        var id = $"{Id}-{source}-{day}";
        var article = new AnalyzedArticle(
            id, source, $"{source} reports on day {day}", $"https://example.org/{id}", new DateTimeOffset(2025, 7, day, 12, 0, 0, TimeSpan.Zero),
            id, id, new StorySignature([], [], null), [], claims);
        return Grain.AddArticle(article);
    }

    public static Claim Count(string slot, string text, double low, double high, string quote) =>
        new(slot, ClaimKind.Quantity, new ClaimValue(text, text.ToLowerInvariant(), low, high), quote);

    /// <summary>A vague count ("several"): loosely half its floor and up, so against an exact count above it a soft divergence.</summary>
    public static Claim Vague(string slot, string text, double low, double high, string quote) =>
        new(slot, ClaimKind.Quantity, new ClaimValue(text, text.ToLowerInvariant(), low, high, LooseLow: low / 2, LooseHigh: Quantity.Unbounded), quote);

    public static Claim Said(string slot, string text, string quote) =>
        new(slot, ClaimKind.Attribution, new ClaimValue(text, text.ToLowerInvariant()), quote);
}
