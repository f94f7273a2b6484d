using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary><c>POST /api/replay</c> (admin): replay a folder of the host's disk into the running host; <c>GET /api/replay</c>: progress.</summary>
public static class ReplayApi
{
    public static IEndpointRouteBuilder MapReplayApi(this IEndpointRouteBuilder reads, RouteGroupBuilder writes)
    {
        reads.MapGet("/api/replay", (FolderReplays replays) => TypedResults.Ok(replays.All));
        writes.MapPost("/replay", PostReplay);
        return reads;
    }

    private static async Task<Results<Accepted<ReplayProgress>, ValidationProblem, ProblemHttpResult>> PostReplay(
        HttpRequest request, FolderReplays replays, IOptions<MonitorOptions> monitor, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadUtf8Async(request, 16 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (RequestBody.ParseJson<ReplayRequest>(body.Span, out var error) is not { } replay)
        {
            return RequestBody.BadJson(error!);
        }
        if (string.IsNullOrWhiteSpace(replay.Folder) || !Directory.Exists(replay.Folder))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["folder"] = ["No such folder on the host."] });
        }
        if (replay.Speed is { } speed && ReplaySpeed.Problem(speed) is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["speed"] = [ReplaySpeed.Rule] });
        }
        FolderArticles articles;
        try
        {
            articles = ArticleFolder.Load(replay.Folder, replay.Shuffle);
        }
        catch (ArticleFolderException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The folder cannot be replayed.", detail: ex.Message);
        }
        var progress = replays.Start(Path.GetFullPath(replay.Folder), articles, ReplaySpeed.Interval(monitor.Value.ReplayInterval, replay.Speed));
        return TypedResults.Accepted("/api/replay", progress);
    }
}
