using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Core.Releases.Catalog;

/// <summary>What the catalogue files say about one release, beyond <see cref="ReleaseMetadataOptions"/>.</summary>
/// <param name="Version">The release version, e.g. <c>1.1.0</c>.</param>
/// <param name="Previous">The version before it, or null for the first release.</param>
/// <param name="PublishedAt">When it is published (<c>dct:issued</c>, <c>dct:modified</c>).</param>
/// <param name="Reason">Why it was published, if given.</param>
/// <param name="Files">The files to describe, with their sizes and SHA-256 (see <see cref="CatalogFiles.Describes"/>).</param>
/// <param name="ProvinceCodes">The provinces whose scans are in the release: the creators.</param>
/// <param name="Changes">How many records changed against <paramref name="Previous"/> (the version notes).</param>
/// <param name="ReachYears">The first and last reach reference year in the data, if any (the temporal coverage).</param>
public sealed record ReleaseDescription(
    string Version,
    string? Previous,
    DateTimeOffset PublishedAt,
    string? Reason,
    IReadOnlyList<ReleaseFileEntry> Files,
    IReadOnlyList<string> ProvinceCodes,
    ChangeSummary Changes,
    (int First, int Last)? ReachYears);
