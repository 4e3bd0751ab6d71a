using Microsoft.Azure.Functions.Worker;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Storage.Queues;

namespace Regioscan.Functions.Functions;

/// <summary>
/// Queue trigger on <c>publish-requests</c>: runs one publish per message under the store's publish lock
/// (no Singleton exists in the isolated worker; the lease is the mutual exclusion). A failure is
/// rethrown so the queue retries, and lands in the poison queue after <c>maxDequeueCount</c>.
/// </summary>
public sealed class PublisherFunction(PublishRequestService requests)
{
    /// <summary>Runs for one message.</summary>
    [Function("Publisher")]
    public async Task RunAsync(
        [QueueTrigger(StorageQueueRequestSink.QueueName, Connection = FunctionsServiceCollectionExtensions.Connection)] string message,
        CancellationToken cancellationToken)
    {
        var request = ReleaseJson.Deserialize<PublishRequest>(System.Text.Encoding.UTF8.GetBytes(message), "publish request message");
        await requests.RunAsync(request, cancellationToken);
    }
}
