using Azure.Storage.Queues;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Storage.Queues;

/// <summary>
/// Publish requests on an Azure Storage queue, read by the queue-triggered publisher. Messages are the
/// request as snake_case JSON; the client must use Base64 message encoding, as the Functions queue
/// trigger expects by default.
/// </summary>
public sealed class StorageQueueRequestSink : IPublishRequestSink
{
    /// <summary>The queue the publisher listens on.</summary>
    public const string QueueName = "publish-requests";

    private readonly QueueClient _queue;
    private int _created;

    /// <summary>Creates the queue adapter over <paramref name="queue"/> (Base64 message encoding).</summary>
    public StorageQueueRequestSink(QueueClient queue) => _queue = queue;

    /// <inheritdoc />
    public async Task EnqueueAsync(PublishRequest request, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _created, 1) == 0)
        {
            // In Azure the infrastructure creates the queue; locally (Azurite) this creates it once.
            await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        await _queue.SendMessageAsync(new BinaryData(ReleaseJson.Serialize(request)), cancellationToken: cancellationToken);
    }
}
