using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Monitor.Host;

/// <summary>A fixed window of write requests per API key (per address without one); over it, a 429 ProblemDetails.</summary>
public static class ApiRateLimits
{
    public const string Writes = "writes";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Writes, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptionsMonitor<ApiOptions>>().CurrentValue;
                return RateLimitPartition.GetFixedWindowLimiter(ApiKeys.PartitionOf(http, options), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.RateLimit),
                    Window = options.RateWindow > TimeSpan.Zero ? options.RateWindow : TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests.", Detail = "This key's write rate limit is reached; retry later." },
                });
            };
        });
}
