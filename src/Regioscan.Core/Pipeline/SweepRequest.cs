namespace Regioscan.Core.Pipeline;

/// <summary><c>system/sweep-request.json</c>: the sweep's last request for scans that no release holds.</summary>
/// <param name="RequestId">The request (<c>system/requests/{id}.json</c>).</param>
/// <param name="Failures">How many of the sweep's requests before it failed in a row.</param>
public sealed record SweepRequest(string RequestId, int Failures);

/// <summary>What <see cref="PublishRequestService.SubmitForUnpublishedScansAsync"/> decided.</summary>
/// <param name="Submitted">The request made now, or null when none was.</param>
/// <param name="Previous">The sweep's previous request, when it still exists.</param>
/// <param name="RetryAt">When none was made because the previous one failed: when the next will be.</param>
public sealed record SweepRequestOutcome(PublishRequestStatus? Submitted, PublishRequestStatus? Previous, DateTimeOffset? RetryAt)
{
    /// <summary>
    /// Whether <see cref="Previous"/> was taken as abandoned: still queued, running, or failed with a retry to come, but
    /// unchanged for <see cref="PublishRequestService.AbandonedAfter"/>, so it counted as failed.
    /// </summary>
    public bool Abandoned { get; init; }
}
