using Polly;
using Polly.Retry;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// The Polly pipelines of the pipeline services. They cover only what the storage SDK does not: the
/// optimistic-concurrency loop (a conditional write lost a race: re-read, recompute, retry with jitter)
/// and an overall bound on a publish. Transient faults (5xx, timeouts, dropped connections) are already
/// retried by the Azure SDK's own pipeline (5 tries, exponential back-off); a second retry here on the same
/// faults would multiply the attempts and the wait, so none is added.
/// </summary>
public static class PipelineResilience
{
    /// <summary>Retries the whole read-modify-write delegate when it throws <see cref="StorageConflictException"/>.</summary>
    public static ResiliencePipeline Concurrency { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<StorageConflictException>(),
            MaxRetryAttempts = 20,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(50),
            MaxDelay = TimeSpan.FromSeconds(2),
        })
        .Build();

    /// <summary>An overall timeout for one publish, so a stuck publish gives up its lock.</summary>
    public static ResiliencePipeline PublishTimeout(TimeSpan timeout) => new ResiliencePipelineBuilder()
        .AddTimeout(timeout)
        .Build();
}
