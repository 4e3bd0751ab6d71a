namespace Regioscan.Core.Releases.Metadata;

/// <summary>One release in <c>index.json</c>.</summary>
/// <param name="Version">The version.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Counts">Its record counts.</param>
/// <param name="ManifestSha256">SHA-256 of its <c>manifest.json</c>.</param>
/// <param name="Reason">Why it was published.</param>
public sealed record ReleaseIndexEntry(string Version, DateTimeOffset PublishedAt, ReleaseCounts Counts, string ManifestSha256, string? Reason);
