using Azure.Core;
using Azure.Core.Pipeline;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>
/// Lets the first write to blobs whose path ends with <paramref name="pathSuffix"/> reach the service, then
/// drops the connection before the answer arrives: the SDK retries a write that in fact succeeded, and a
/// conditional write comes back as a conflict (409 or 412) caused by its own first attempt.
/// </summary>
internal sealed class LostAnswerPolicy(string pathSuffix) : HttpPipelinePolicy
{
    private int _dropped;

    public bool Enabled { get; set; }

    public int Dropped => _dropped;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The pipeline uses the asynchronous API only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        if (Enabled
            && message.Request.Method == RequestMethod.Put
            && message.Request.Uri.Path.EndsWith(pathSuffix, StringComparison.Ordinal)
            && message.Response.Status is >= 200 and < 300
            && Interlocked.CompareExchange(ref _dropped, 1, 0) == 0)
        {
            throw new IOException($"Injected fault: the answer to PUT {message.Request.Uri.Path} was lost.");
        }
    }
}
