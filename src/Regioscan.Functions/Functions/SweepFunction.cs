using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Pipeline;

namespace Regioscan.Functions.Functions;

/// <summary>
/// Timer sweep every 15 minutes: processes uploads that no event delivered (blobs that existed before
/// the Event Grid subscription, lost events), asks for a release when any was accepted or a province's current scan
/// is in no release (a publish request that failed for good; while the sweep's own request for that is still waiting,
/// or failed less than its back-off ago, none is made; a request unchanged for two hours counts as failed), and checks every published file against its manifest
/// checksum (reading only files new or changed since they were last verified).
/// </summary>
public sealed partial class SweepFunction(
    UploadProcessor processor, Publisher publisher, PublishRequestService requests, ReleaseVerifier verifier, ILogger<SweepFunction> logger)
{
    /// <summary>Runs one sweep.</summary>
    [Function("Sweep")]
    public async Task RunAsync([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        _ = timer;
        var result = await processor.ProcessAllAsync("sweep", progress: null, publish: false, cancellationToken);
        var accepted = result.Processed.Any(r => r is { Accepted: true, AlreadyProcessed: false });
        if (accepted)
        {
            await requests.SubmitAsync("sweep found accepted uploads", "sweep", cancellationToken);
        }
        else if (await publisher.HasUnpublishedScansAsync(cancellationToken))
        {
            var outcome = await requests.SubmitForUnpublishedScansAsync("sweep found scans in no release", "sweep", cancellationToken);
            switch (outcome)
            {
                case { Abandoned: true, Previous: { } abandoned, Submitted: { } again }:
                    LogPublishAbandoned(logger, abandoned.Request.Id, abandoned.State, abandoned.UpdatedAt, again.Request.Id);
                    break;
                case { Abandoned: true, Previous: { } abandoned, RetryAt: { } retryAt }:
                    LogPublishAbandonedWaiting(logger, abandoned.Request.Id, abandoned.State, abandoned.UpdatedAt, retryAt);
                    break;
                case { Submitted: null, Previous: { } failed, RetryAt: { } retryAt }:
                    LogPublishFailing(logger, failed.Request.Id, failed.UpdatedAt, failed.Message ?? "no reason recorded", retryAt);
                    break;
                case { Submitted: null, Previous: { } pending }:
                    LogPublishPending(logger, pending.Request.Id, pending.State);
                    break;
            }
        }

        var verification = await verifier.VerifyAsync(cancellationToken);
        foreach (var problem in verification.Problems)
        {
            LogChecksumProblem(logger, problem);
        }

        LogSwept(logger, result.Processed.Count, result.Skipped, verification.Checked, verification.Hashed, verification.Problems.Count);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scans accepted earlier are in no release: publish request {RequestId} for them failed at {FailedAt}: {Reason}. The sweep asks again at {RetryAt} (the wait doubles with every failed request, up to a day); fix the cause (docs/operators.md) and POST /api/releases to publish now")]
    private static partial void LogPublishFailing(ILogger logger, string requestId, DateTimeOffset failedAt, string reason, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scans accepted earlier are in no release: publish request {RequestId} for them has been {State} since {Since} and is taken as abandoned (its host stopped during an attempt, or its message was deleted); asked again as request {NewRequestId}. Check the publish-requests-poison queue and the Publisher's log for that time")]
    private static partial void LogPublishAbandoned(ILogger logger, string requestId, PublishRequestState state, DateTimeOffset since, string newRequestId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scans accepted earlier are in no release: publish request {RequestId} for them has been {State} since {Since} and is taken as abandoned (its host stopped during an attempt, or its message was deleted). The sweep asks again at {RetryAt} (the wait doubles with every failed request, up to a day); check the publish-requests-poison queue and the Publisher's log, and POST /api/releases to publish now")]
    private static partial void LogPublishAbandonedWaiting(ILogger logger, string requestId, PublishRequestState state, DateTimeOffset since, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scans accepted earlier are in no release; publish request {RequestId} for them is still {State}, so no other is made")]
    private static partial void LogPublishPending(ILogger logger, string requestId, PublishRequestState state);

    [LoggerMessage(Level = LogLevel.Error, Message = "Published file check failed: {Problem}")]
    private static partial void LogChecksumProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep: {Processed} upload(s) processed, {Skipped} already done; {Checked} published file(s) checked, {Hashed} of them read and hashed (new or changed since verified), {Problems} checksum problem(s)")]
    private static partial void LogSwept(ILogger logger, int processed, int skipped, int @checked, int hashed, int problems);
}
