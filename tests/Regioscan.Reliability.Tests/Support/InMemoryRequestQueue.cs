using System.Threading.Channels;
using Regioscan.Core.Pipeline;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>The publish queue as a channel: what the Storage queue does for the Functions app, without the queue service.</summary>
internal sealed class InMemoryRequestQueue : IPublishRequestSink
{
    private readonly Channel<PublishRequest> _channel = Channel.CreateUnbounded<PublishRequest>();

    public ChannelReader<PublishRequest> Reader => _channel.Reader;

    public void Complete() => _channel.Writer.Complete();

    public Task EnqueueAsync(PublishRequest request, CancellationToken cancellationToken = default) =>
        _channel.Writer.WriteAsync(request, cancellationToken).AsTask();
}
