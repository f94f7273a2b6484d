using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Feeds;

namespace Monitor.Host;

/// <summary><c>GET /api/feeds</c>: each feed's polling state; <c>POST /api/feeds</c>: register a feed, polled at once.</summary>
public static class FeedsApi
{
    private const int MaxBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder reads, RouteGroupBuilder writes)
    {
        reads.MapGet("/api/feeds", async (FeedPoller poller) => TypedResults.Ok(await poller.FeedsAsync()));
        writes.MapPost("/feeds", PostFeed);
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
        if (FeedOptions.Problem(feed.Url, feed.Interval) is { } invalid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [invalid] }, title: "The feed is not valid.");
        }
        if (feed.Source is { Length: > 200 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["source"] = ["A source has at most 200 characters."] });
        }
        var state = await poller.RegisterAsync(new Uri(feed.Url!).AbsoluteUri, feed.Source, feed.Interval);
        return TypedResults.Accepted("/api/feeds", state);
    }
}
