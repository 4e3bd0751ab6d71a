namespace Regioscan.Core.Releases.Writers;

/// <summary>A WGS84 point in GeoJSON and WKB axis order: longitude first.</summary>
/// <param name="Longitude">Decimal degrees east.</param>
/// <param name="Latitude">Decimal degrees north.</param>
internal readonly record struct GeoPoint(double Longitude, double Latitude)
{
    /// <summary>The location of an initiative, or null when it has none.</summary>
    public static GeoPoint? Of(PublishedInitiative row) =>
        row.Initiative is { Longitude: { } lon, Latitude: { } lat } ? new GeoPoint(lon, lat) : null;
}
