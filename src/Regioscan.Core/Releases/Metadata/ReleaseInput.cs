namespace Regioscan.Core.Releases.Metadata;

/// <summary>The upload a province contributed to a release.</summary>
/// <param name="UploadId">The upload id (derived from the content hash).</param>
/// <param name="Sha256">SHA-256 of the raw upload.</param>
/// <param name="File">The uploaded file's name.</param>
public sealed record ReleaseInput(string UploadId, string Sha256, string File);
