namespace Regioscan.Core.Releases.Writers;

/// <summary>What the data files need to know about the release beyond its tables.</summary>
/// <param name="Version">The release version, e.g. <c>1.2.0</c>; only <c>datapackage.json</c> carries it.</param>
/// <param name="PublishedAt">When the release is published; only <c>datapackage.json</c> carries it (<c>created</c>).</param>
/// <param name="ProvinceBoundaries">Optional province boundaries as a GeoJSON FeatureCollection in the CBS format
/// (properties <c>statcode</c>, <c>statnaam</c>; WGS84). Without them <c>provinces.geojson</c> has a point per
/// province. The writer reads the stream but does not dispose it.</param>
public sealed record ReleaseDataContext(string Version, DateTimeOffset PublishedAt, Stream? ProvinceBoundaries);
