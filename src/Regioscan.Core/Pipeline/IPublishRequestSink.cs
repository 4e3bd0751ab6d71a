namespace Regioscan.Core.Pipeline;

/// <summary>Sends publish requests to the publisher (an Azure Storage queue in the Functions app).</summary>
public interface IPublishRequestSink
{
    /// <summary>Enqueues <paramref name="request"/>.</summary>
    Task EnqueueAsync(PublishRequest request, CancellationToken cancellationToken = default);
}
