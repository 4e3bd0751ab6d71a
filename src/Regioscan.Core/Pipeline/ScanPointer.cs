namespace Regioscan.Core.Pipeline;

/// <summary>
/// <c>scans/{PVxx}/latest.json</c>: the province's current accepted upload, the one the next release uses.
/// </summary>
/// <param name="UploadId">The accepted upload.</param>
/// <param name="Sha256">SHA-256 of its raw bytes.</param>
/// <param name="File">The uploaded file name.</param>
/// <param name="AcceptedAt">When it became current.</param>
public sealed record ScanPointer(string UploadId, string Sha256, string File, DateTimeOffset AcceptedAt);
