using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>
/// Injects storage faults into an Azure SDK client, chosen by a seeded <see cref="Random"/>: 503 answers,
/// 500 answers after the request was carried out, answers that never come (past the network timeout), and
/// connections dropped before or after the request. Add it at <see cref="HttpPipelinePosition.BeforeTransport"/>:
/// there it sits under the SDK's retry policy and its network timeout, as a real network fault would.
/// </summary>
internal sealed class FaultInjectionPolicy : HttpPipelinePolicy
{
    private static readonly FaultKind[] Kinds = Enum.GetValues<FaultKind>();

    private readonly Random _random;
    private readonly double _rate;
    private readonly TimeSpan _hang;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<FaultKind, int> _counts = new();
    private int _requests;

    public FaultInjectionPolicy(int seed, double rate, TimeSpan hang)
    {
        _random = new Random(seed);
        _rate = rate;
        _hang = hang;
    }

    /// <summary>Off while a test prepares or checks the store; on while the pipeline runs under faults.</summary>
    public bool Enabled { get; set; }

    /// <summary>Only requests this predicate accepts may be faulted (default: all).</summary>
    public Func<HttpMessage, bool> Applies { get; set; } = _ => true;

    /// <summary>Requests seen while enabled.</summary>
    public int Requests => _requests;

    /// <summary>How many faults of each kind were injected.</summary>
    public IReadOnlyDictionary<FaultKind, int> Counts => _counts;

    /// <summary>All faults injected.</summary>
    public int Total => _counts.Values.Sum();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The pipeline uses the asynchronous API only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var fault = Choose(message);
        switch (fault)
        {
            case null:
                await ProcessNextAsync(message, pipeline);
                return;
            case FaultKind.Busy503:
                message.Response = new FakeResponse(503, "Server Busy", "ServerBusy", message.Request.ClientRequestId);
                return;
            case FaultKind.Error500AfterApplied:
                await ProcessNextAsync(message, pipeline);
                message.Response.Dispose();
                message.Response = new FakeResponse(500, "Internal Server Error", "InternalError", message.Request.ClientRequestId);
                return;
            case FaultKind.Timeout:
                // The SDK's ResponseBodyPolicy cancels this token at the network timeout, as for a silent server.
                await Task.Delay(_hang, message.CancellationToken);
                throw new InvalidOperationException($"The network timeout did not fire within {_hang}: the fault test's client options are wrong.");
            case FaultKind.DropBeforeSend:
                throw new IOException("Injected fault: the connection was reset before the request was sent.");
            default:
                await ProcessNextAsync(message, pipeline);
                throw new IOException("Injected fault: the connection was reset before the answer arrived.");
        }
    }

    private FaultKind? Choose(HttpMessage message)
    {
        if (!Enabled || !Applies(message))
        {
            return null;
        }

        Interlocked.Increment(ref _requests);
        FaultKind kind;
        lock (_gate)
        {
            if (_random.NextDouble() >= _rate)
            {
                return null;
            }

            kind = Kinds[_random.Next(Kinds.Length)];
        }

        _counts.AddOrUpdate(kind, 1, (_, n) => n + 1);
        return kind;
    }
}
