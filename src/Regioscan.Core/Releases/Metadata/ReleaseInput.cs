namespace Regioscan.Core.Releases.Metadata;

/// <summary>The upload a province contributed to a release.</summary>
/// <param name="UploadId">The upload id (derived from the content hash).</param>
/// <param name="Sha256">SHA-256 of the raw upload.</param>
/// <param name="File">The uploaded file's name.</param>
public sealed record ReleaseInput(string UploadId, string Sha256, string File)
{
    /// <summary>
    /// Whether <paramref name="province"/> contributed the same upload to both sets of inputs. Its rows are then the same
    /// in both (they are read from that upload's staged scan), so a comparison need not read them.
    /// </summary>
    internal static bool SameUpload(IReadOnlyDictionary<string, ReleaseInput> a, IReadOnlyDictionary<string, ReleaseInput> b, string province) =>
        a.TryGetValue(province, out var first) && b.TryGetValue(province, out var second) && first.UploadId == second.UploadId;
}
