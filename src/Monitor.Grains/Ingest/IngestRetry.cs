using Orleans.Runtime;
using Orleans.Storage;
using Polly;
using Polly.Retry;

namespace Monitor.Grains;

/// <summary>
/// Every step of the ingest is idempotent by article id, so when a silo dies mid-way the whole
/// article is simply tried again: the steps already done change nothing the second time.
/// </summary>
public static class IngestRetry
{
    public static ResiliencePipeline Create(TimeProvider time) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<SiloUnavailableException>()
                    .Handle<OrleansMessageRejectionException>()
                    .Handle<InconsistentStateException>()
                    .Handle<TimeoutException>()
                    .Handle<OrleansException>(),
                MaxRetryAttempts = 12,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromSeconds(5),
            })
            .Build();
}
