namespace Regioscan.Core.Pipeline;

/// <summary><c>system/requests/{id}.json</c>: what became of a publish request.</summary>
/// <param name="Request">The request.</param>
/// <param name="State">Its state.</param>
/// <param name="UpdatedAt">When the state was last set.</param>
/// <param name="Published">Whether it made a new release (when completed).</param>
/// <param name="Version">The release it made, or the current release when nothing changed.</param>
/// <param name="Message">One sentence for people (the failure reason when failed).</param>
/// <param name="Attempt">Which run of the request set the state (the queue's delivery count, from 1); null while queued.</param>
/// <param name="MaxAttempts">How many runs the queue makes at most before the request stays failed; null while queued.</param>
/// <param name="Final">
/// Whether the state is the request's outcome: true when completed, and when failed with no run to follow (a refusal
/// of <see cref="IPublishPrecondition"/>, or the last attempt); false while queued, running, or failed with another
/// attempt to come. Null in statuses recorded before the field existed.
/// </param>
public sealed record PublishRequestStatus(
    PublishRequest Request,
    PublishRequestState State,
    DateTimeOffset UpdatedAt,
    bool? Published,
    string? Version,
    string? Message,
    int? Attempt = null,
    int? MaxAttempts = null,
    bool? Final = null);
