using Monitor.Feeds;

namespace Monitor.Host;

/// <summary>
/// The ways articles come in (the articles API, feeds and folder replays) and the webhook subscriptions. Every
/// write and every admin endpoint is mapped on one group, behind the API keys and the rate limit, so none can skip them.
/// </summary>
public static class IngestApiExtensions
{
    public static WebApplicationBuilder AddIngestApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddApiRateLimits();
        builder.Services.AddMonitorFeeds(builder.Configuration);
        builder.Services.AddSingleton<FolderReplays>();
        return builder;
    }

    public static WebApplication MapIngestApi(this WebApplication app)
    {
        app.UseRateLimiter();
        var writes = app.MapGroup("/api").AddEndpointFilter<ApiKeys>().RequireRateLimiting(ApiRateLimits.Writes);
        writes.MapArticlesApi();
        app.MapFeedsApi(writes);
        app.MapReplayApi(writes);
        writes.MapWebhooksApi();
        return app;
    }
}
