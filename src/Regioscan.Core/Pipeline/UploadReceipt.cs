namespace Regioscan.Core.Pipeline;

/// <summary><c>system/processed/{upload blob}.json</c>: proof that a blob of <c>uploads/</c> was processed.</summary>
/// <param name="ETag">The upload blob's ETag when processed.</param>
/// <param name="UploadId">The upload id it was staged under.</param>
/// <param name="Accepted">Whether it was accepted.</param>
/// <param name="Location">Where it was staged.</param>
/// <param name="ProcessedAt">When.</param>
public sealed record UploadReceipt(string ETag, string UploadId, bool Accepted, string Location, DateTimeOffset ProcessedAt);
