namespace Regioscan.Core.Releases.Map;

/// <summary>What the map of a release needs besides its tables.</summary>
/// <param name="Version">The release version, e.g. <c>1.2.0</c>.</param>
/// <param name="PublishedAt">When the release was published.</param>
/// <param name="ProvincesGeoJson">The release's <c>provinces.geojson</c> (UTF-8), the map's base layer;
/// empty when the release has none.</param>
/// <param name="ScannedProvinces">The CBS codes of the provinces whose scan the release holds (its manifest's
/// <c>inputs</c>). The base layer has all 12 provinces; a province without a scan has no activities because nobody
/// reported any, not because it has none, so the map must not call it a white spot.</param>
public sealed record ReleaseMapContext(
    string Version, DateTimeOffset PublishedAt, ReadOnlyMemory<byte> ProvincesGeoJson, IReadOnlyCollection<string> ScannedProvinces);
