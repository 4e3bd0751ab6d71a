namespace Regioscan.Core.Pipeline;

/// <summary>
/// The one message the publisher queue carries: after an accepted upload, for a republish asked over
/// HTTP or by CI, and from the sweep.
/// </summary>
/// <param name="Id">Request id (answers <c>GET /api/releases/requests/{id}</c>).</param>
/// <param name="Reason">Why a release is wanted.</param>
/// <param name="Source">Who asked: <c>upload</c>, <c>republish</c> or <c>sweep</c>.</param>
/// <param name="RequestedAt">When.</param>
/// <param name="Force">
/// Make a release even when the data did not change (<see cref="Publisher.PublishAsync(string?, bool, IProgress{string}?, CancellationToken)"/>):
/// to publish changed catalogue settings or metadata. False in messages queued before the field existed.
/// </param>
public sealed record PublishRequest(string Id, string Reason, string Source, DateTimeOffset RequestedAt, bool Force = false);
