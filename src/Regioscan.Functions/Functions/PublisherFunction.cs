using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Storage.Queues;

namespace Regioscan.Functions.Functions;

/// <summary>
/// Queue trigger on <c>publish-requests</c>: runs one publish per message under the store's publish lock
/// (no Singleton exists in the isolated worker; the lease is the mutual exclusion). A failure is
/// rethrown so the queue retries, and lands in the poison queue after <see cref="MaxDequeueCount"/> attempts; the
/// request's status records each attempt and whether its failure is final. A request refused
/// because the catalogue settings are placeholders (<see cref="CatalogSettingsPrecondition"/>) is recorded as failed
/// and logged as an error, without a retry: only a change of the settings helps.
/// </summary>
public sealed partial class PublisherFunction(PublishRequestService requests, ILogger<PublisherFunction> logger)
{
    /// <summary>
    /// How often the queue delivers a message before it is poisoned: <c>extensions.queues.maxDequeueCount</c> in
    /// host.json, which must hold the same number (a test compares them).
    /// </summary>
    public const int MaxDequeueCount = 5;

    /// <summary>Runs for one message; <paramref name="dequeueCount"/> (trigger metadata) is its delivery, from 1.</summary>
    [Function("Publisher")]
    public async Task RunAsync(
        [QueueTrigger(StorageQueueRequestSink.QueueName, Connection = FunctionsServiceCollectionExtensions.Connection)] string message,
        long dequeueCount,
        CancellationToken cancellationToken)
    {
        var request = ReleaseJson.Deserialize<PublishRequest>(System.Text.Encoding.UTF8.GetBytes(message), "publish request message");
        var attempt = (int)Math.Clamp(dequeueCount, 1, int.MaxValue);
        var status = await requests.RunAsync(request, attempt, MaxDequeueCount, cancellationToken);
        if (status.State == PublishRequestState.Failed)
        {
            LogRefused(logger, request.Id, status.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Publish request {RequestId} failed: {Reason}")]
    private static partial void LogRefused(ILogger logger, string requestId, string? reason);
}
