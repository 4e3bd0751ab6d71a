using System.Security.Cryptography;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// Tracks publish requests: submitting one (status <c>queued</c>, then enqueue), running one from the
/// queue (running → completed or failed, each attempt numbered, and whether a failure is final) and answering what
/// became of it.
/// </summary>
public sealed class PublishRequestService
{
    private readonly IBlobStore _store;
    private readonly IPublishRequestSink _queue;
    private readonly Publisher _publisher;
    private readonly TimeProvider _time;
    private readonly IPublishPrecondition? _precondition;

    /// <summary>Creates the service; <paramref name="precondition"/>, when given, can refuse every request before it runs.</summary>
    public PublishRequestService(IBlobStore store, IPublishRequestSink queue, Publisher publisher, TimeProvider time, IPublishPrecondition? precondition = null)
    {
        _store = store;
        _queue = queue;
        _publisher = publisher;
        _time = time;
        _precondition = precondition;
    }

    /// <summary>Records and enqueues a new request; returns its status (state <c>queued</c>).</summary>
    public Task<PublishRequestStatus> SubmitAsync(string reason, string source, CancellationToken cancellationToken = default) =>
        SubmitAsync(reason, source, force: false, cancellationToken);

    /// <summary>
    /// Records and enqueues a new request; returns its status (state <c>queued</c>). With <paramref name="force"/> the
    /// publish makes a release even when the data did not change (<see cref="PublishRequest.Force"/>).
    /// </summary>
    public async Task<PublishRequestStatus> SubmitAsync(string reason, string source, bool force, CancellationToken cancellationToken = default)
    {
        var id = _time.GetUtcNow().ToString("yyyyMMddTHHmmss", System.Globalization.CultureInfo.InvariantCulture)
            + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var request = new PublishRequest(id, reason, source, _time.GetUtcNow(), force);
        var status = new PublishRequestStatus(request, PublishRequestState.Queued, _time.GetUtcNow(), null, null, "Waiting for the publisher.", Final: false);
        await SaveAsync(status, cancellationToken);
        await _queue.EnqueueAsync(request, cancellationToken);
        return status;
    }

    /// <summary>
    /// The sweep's request for scans that no release holds. A publish that fails until someone acts (a store changed by
    /// hand, a recovery stop) would otherwise be requested again on every sweep, each request retried by the queue and
    /// poisoned: nothing is submitted while the last such request is still queued, running, or failed with another
    /// attempt of the queue to come, and after it failed for good only once its back-off has passed
    /// (<see cref="RetryBackOff"/>). A request whose status has not changed for <see cref="AbandonedAfter"/> is taken
    /// as abandoned (its host stopped during an attempt and the queue gave the message up, or the message was deleted):
    /// it counts as failed, or the sweep would wait for it forever. The last request is remembered in
    /// <c>system/sweep-request.json</c>.
    /// </summary>
    /// <returns>What was decided, with the request submitted or the one still in the way.</returns>
    public async Task<SweepRequestOutcome> SubmitForUnpublishedScansAsync(string reason, string source, CancellationToken cancellationToken = default)
    {
        var last = (await _store.ReadJsonAsync<SweepRequest>(Containers.System, SweepRequestName, cancellationToken))?.Value;
        var previous = last is null ? null : await GetAsync(last.RequestId, cancellationToken);
        var failures = 0;
        var abandoned = false;
        if (previous is not null && previous.State != PublishRequestState.Completed)
        {
            // Statuses recorded before the field existed have no Final: a failure there was final.
            var pending = previous.State != PublishRequestState.Failed || previous.Final == false;
            abandoned = pending && _time.GetUtcNow() - previous.UpdatedAt >= AbandonedAfter;
            if (pending && !abandoned)
            {
                return new SweepRequestOutcome(null, previous, null);
            }

            failures = last!.Failures + 1;
            var retryAt = previous.UpdatedAt + RetryBackOff(failures);
            if (_time.GetUtcNow() < retryAt)
            {
                return new SweepRequestOutcome(null, previous, retryAt) { Abandoned = abandoned };
            }
        }

        var submitted = await SubmitAsync(reason, source, cancellationToken);
        using var content = new MemoryStream(ReleaseJson.Serialize(new SweepRequest(submitted.Request.Id, failures)));
        await _store.WriteAsync(Containers.System, SweepRequestName, content, cancellationToken);
        return new SweepRequestOutcome(submitted, previous, null) { Abandoned = abandoned };
    }

    /// <summary>
    /// How long a request's status may stay queued, running, or failed with a retry to come before the sweep takes it
    /// as abandoned: two hours, well past one attempt (host.json's <c>functionTimeout</c> is 35 minutes, and a message
    /// whose host stopped is delivered again within minutes), so a request that is only slow is never counted.
    /// </summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(2);

    /// <summary>How long after the <paramref name="failures"/>-th failed request in a row the next is made: 15 minutes, doubling, at most a day.</summary>
    public static TimeSpan RetryBackOff(int failures)
    {
        // 15 minutes × 2⁷ is 32 hours, past the cap: no need to double further.
        var wait = TimeSpan.FromMinutes(15 << Math.Clamp(failures - 1, 0, 7));
        return wait < TimeSpan.FromDays(1) ? wait : TimeSpan.FromDays(1);
    }

    /// <summary>The status of request <paramref name="id"/>, or null when unknown.</summary>
    public async Task<PublishRequestStatus?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        return (await _store.ReadJsonAsync<PublishRequestStatus>(Containers.System, Name(id), cancellationToken))?.Value;
    }

    /// <summary>
    /// Runs a request as its only attempt (no queue retries it): a failure is final. See
    /// <see cref="RunAsync(PublishRequest, int, int, CancellationToken)"/>.
    /// </summary>
    public Task<PublishRequestStatus> RunAsync(PublishRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(request, attempt: 1, maxAttempts: 1, cancellationToken);

    /// <summary>
    /// Runs attempt <paramref name="attempt"/> of at most <paramref name="maxAttempts"/> of a request taken from the queue
    /// (the queue's delivery count and its limit), recording each in the status so a caller can tell a failure the queue
    /// retries from the outcome (<see cref="PublishRequestStatus.Final"/>). A refusal of the precondition is recorded as
    /// failed and final at once, and returned, not thrown: it is a setting to change, which no retry of the queue changes.
    /// Other failures are recorded (final on the last attempt) and rethrown so the queue retries.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attempt"/> or <paramref name="maxAttempts"/> is less than 1.</exception>
    public async Task<PublishRequestStatus> RunAsync(PublishRequest request, int attempt, int maxAttempts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        if (_precondition?.Refusal() is { } refusal)
        {
            var refused = new PublishRequestStatus(request, PublishRequestState.Failed, _time.GetUtcNow(), null, null, refusal, attempt, maxAttempts, Final: true);
            await SaveAsync(refused, cancellationToken);
            return refused;
        }

        await SaveAsync(
            new PublishRequestStatus(request, PublishRequestState.Running, _time.GetUtcNow(), null, null, "Publishing.", attempt, maxAttempts, Final: false),
            cancellationToken);
        try
        {
            var result = await _publisher.PublishAsync(request.Reason, request.Force, progress: null, cancellationToken);
            var done = new PublishRequestStatus(
                request, PublishRequestState.Completed, _time.GetUtcNow(), result.Published, result.Version, result.Message, attempt, maxAttempts, Final: true);
            await SaveAsync(done, cancellationToken);
            return done;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failed = new PublishRequestStatus(
                request, PublishRequestState.Failed, _time.GetUtcNow(), null, null, e.Message, attempt, maxAttempts, Final: attempt >= maxAttempts);
            await SaveAsync(failed, CancellationToken.None);
            throw;
        }
    }

    private const string SweepRequestName = "sweep-request.json";

    private static string Name(string id) => $"requests/{id}.json";

    private async Task SaveAsync(PublishRequestStatus status, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(ReleaseJson.Serialize(status));
        await _store.WriteAsync(Containers.System, Name(status.Request.Id), content, cancellationToken);
    }
}
