using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Monitor.Feeds;

public static class FeedServiceExtensions
{
    /// <summary>The feed poller, as a hosted service and as a singleton the API registers feeds through.</summary>
    public static IServiceCollection AddMonitorFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<List<FeedOptions>>(configuration.GetSection(FeedOptions.Section));
        services.AddHttpClient(FeedFetcher.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(30);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Monitor/1.0 (feed poller)");
        });
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
        return services;
    }
}
