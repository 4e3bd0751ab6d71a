namespace Regioscan.Core.Pipeline;

/// <summary><c>system/requests/{id}.json</c>: what became of a publish request.</summary>
/// <param name="Request">The request.</param>
/// <param name="State">Its state.</param>
/// <param name="UpdatedAt">When the state was last set.</param>
/// <param name="Published">Whether it made a new release (when completed).</param>
/// <param name="Version">The release it made, or the current release when nothing changed.</param>
/// <param name="Message">One sentence for people (the failure reason when failed).</param>
public sealed record PublishRequestStatus(
    PublishRequest Request,
    PublishRequestState State,
    DateTimeOffset UpdatedAt,
    bool? Published,
    string? Version,
    string? Message);
