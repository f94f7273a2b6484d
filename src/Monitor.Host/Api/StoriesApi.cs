using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Catalog;
using Monitor.Contracts;

namespace Monitor.Host;

/// <summary>
/// The story list and what is counted over it, all answered from this host's <see cref="StoryCatalog"/>
/// (never by asking every story grain), plus where the change log stands, for a page to follow it from there.
/// </summary>
public static class StoriesApi
{
    private const int MaxArticles = 500;

    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stories", GetStories);
        app.MapGet("/api/stories/{id}/blindspots", (HttpContext http, StoryCatalog catalog) =>
            TypedResults.Ok(Blindspots.OfStory(catalog, catalog.Resolve(RouteIds.FromEnd(http, 1)))));
        app.MapGet("/api/outlets", (StoryCatalog catalog) => TypedResults.Ok(catalog.Outlets()));
        app.MapGet("/api/sources/{id}/articles", (HttpContext http, StoryCatalog catalog) =>
            TypedResults.Ok(catalog.ArticlesOf(RouteIds.FromEnd(http, 1), MaxArticles).Select(a => a with { StoryId = catalog.Resolve(a.StoryId) })));
        app.MapGet("/api/sources/{id}/blindspots", GetSourceBlindspots);
        app.MapGet("/api/changes/head", GetHead);
        return app;
    }

    private static Results<Ok<StoryPage>, ValidationProblem> GetStories(HttpRequest request, StoryCatalog catalog)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = StoryListRequest.Read(request.Query, errors);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "Bad story list query.") : TypedResults.Ok(catalog.Query(query));
    }

    private static Results<Ok<IReadOnlyList<SourceBlindspot>>, ValidationProblem> GetSourceBlindspots(
        HttpContext http, string? min, StoryCatalog catalog)
    {
        var id = RouteIds.FromEnd(http, 1);
        var others = Blindspots.DefaultMinOthers;
        if (min is not null && (!int.TryParse(min, out others) || others is < 1 or > 100))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["min"] = ["A whole number of other outlets from 1 to 100."] });
        }
        return TypedResults.Ok(Blindspots.OfSource(catalog, id, others));
    }

    private static async Task<Results<Ok<ChangeLogHead>, ProblemHttpResult>> GetHead(IGrainFactory grains, string? topic)
    {
        topic ??= Topics.All;
        if (!Topics.IsValid(topic))
        {
            return TypedResults.Problem(
                detail: "Name a topic: all, story:ID, entity:ID or source:ID.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown topic.");
        }
        var epoch = grains.GetGrain<IChangeLogEpochGrain>(0).Epoch();
        var sequence = grains.GetGrain<IChangeFeedGrain>(0).Head(topic);
        return TypedResults.Ok(new ChangeLogHead(await epoch, await sequence));
    }
}

/// <summary>Where a topic's change log stands: its epoch, and its last sequence.</summary>
public sealed record ChangeLogHead(string Epoch, long Sequence);
