using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Analysis;
using Monitor.Contracts;
using Monitor.Grains;

namespace Monitor.Host;

public static class SnapshotApi
{
    public static IEndpointRouteBuilder MapSnapshotApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/snapshot", async (SnapshotReader reader) => TypedResults.Ok(await reader.ReadAsync()));
        app.MapGet("/api/stories/{id}", GetStory);
        app.MapGet("/api/entities/{id}", GetEntity);
        app.MapGet("/api/sources/{id}", GetSource);
        app.MapGet("/api/changes", GetChanges);
        return app;
    }

    private static async Task<Results<Ok<StoryDetail>, ProblemHttpResult>> GetStory(HttpContext http, IGrainFactory grains)
    {
        var id = RouteIds.Last(http);
        var detail = await grains.GetGrain<IStoryGrain>(id).Detail();
        return detail.Articles.Count == 0 ? RouteIds.NotFound("story", id) : TypedResults.Ok(detail with { MergedInto = await HolderAsync(grains, detail.MergedInto) });
    }

    /// <summary>The story holding a merged story's articles now: the end of its chain of merges, not the next link.</summary>
    private static async Task<string?> HolderAsync(IGrainFactory grains, string? mergedInto)
    {
        for (var hop = 0; hop < 64 && mergedInto is not null; hop++)
        {
            if (await grains.GetGrain<IStoryGrain>(mergedInto).Detail() is not { MergedInto: { } next })
            {
                return mergedInto;
            }
            mergedInto = next;
        }
        return mergedInto;
    }

    private static async Task<Results<Ok<EntityView>, ProblemHttpResult>> GetEntity(HttpContext http, IGrainFactory grains)
    {
        var id = RouteIds.Last(http);
        var view = await grains.GetGrain<IEntityGrain>(id).View();
        return view.Articles.Count == 0 ? RouteIds.NotFound("entity", id) : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<SourceView>, ProblemHttpResult>> GetSource(HttpContext http, IGrainFactory grains)
    {
        var id = RouteIds.Last(http);
        var view = await grains.GetGrain<ISourceGrain>(id).View();
        return view.Articles.Count == 0 ? RouteIds.NotFound("source", id) : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<ChangeMessage[]>, ProblemHttpResult>> GetChanges(
        IGrainFactory grains, string? topic, long after = 0, int limit = 500)
    {
        if (topic is null || !Topics.IsValid(topic))
        {
            return TypedResults.Problem(
                detail: "Name a topic: all, story:ID, entity:ID or source:ID.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unknown topic.");
        }
        var changes = await grains.GetGrain<IChangeFeedGrain>(0).Read(topic, after, limit);
        return TypedResults.Ok(changes.Select(ChangeMessage.From).ToArray());
    }
}
