using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Feeds;
using Monitor.Grains;

namespace Monitor.Host;

/// <summary>
/// <c>GET /api/feeds</c>: each feed's polling state; <c>POST /api/feeds</c>: register a feed, polled at once;
/// <c>DELETE /api/feeds?url=URL</c>: stop polling a feed (its articles stay).
/// </summary>
public static class FeedsApi
{
    private const int MaxBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder reads, RouteGroupBuilder writes)
    {
        reads.MapGet("/api/feeds", async (FeedPoller poller) => TypedResults.Ok(await poller.FeedsAsync()));
        writes.MapPost("/feeds", PostFeed);
        writes.MapDelete("/feeds", DeleteFeed);
        return reads;
    }

    private static async Task<Results<Accepted<FeedState>, ValidationProblem, ProblemHttpResult>> PostFeed(
        HttpRequest request, FeedPoller poller, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadUtf8Async(request, MaxBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (RequestBody.ParseJson<FeedRequest>(body.Span, out var error) is not { } feed)
        {
            return RequestBody.BadJson(error!);
        }
        var problems = FeedOptions.Problems(feed.Url, feed.Interval).ToDictionary(p => p.Key, p => new[] { p.Value });
        if (feed.Source is { Length: > ArticleRules.MaxFieldLength })
        {
            problems["source"] = [$"A source has at most {ArticleRules.MaxFieldLength} characters."];
        }
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: "The feed is not valid.");
        }
        var state = await poller.RegisterAsync(new Uri(feed.Url!).AbsoluteUri, feed.Source, feed.Interval);
        return TypedResults.Accepted("/api/feeds", state);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteFeed(string? url, FeedPoller poller)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Name the feed.", detail: "Give the feed's URL as ?url=, as GET /api/feeds lists it.");
        }
        return await poller.RemoveAsync(uri.AbsoluteUri) ? TypedResults.NoContent() : RouteIds.NotFound("feed", url);
    }
}
