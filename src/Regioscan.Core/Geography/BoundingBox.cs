namespace Regioscan.Core.Geography;

/// <summary>A WGS84 bounding box.</summary>
public readonly record struct BoundingBox(double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude)
{
    /// <summary>The Netherlands as the validation accepts it (lon 3.2–7.3, lat 50.7–53.6).</summary>
    public static BoundingBox Netherlands { get; } = new(3.2, 50.7, 7.3, 53.6);

    /// <summary>Whether the point lies inside the box (edges included).</summary>
    public bool Contains(double latitude, double longitude) =>
        longitude >= MinLongitude && longitude <= MaxLongitude && latitude >= MinLatitude && latitude <= MaxLatitude;

    /// <summary>This box widened by <paramref name="degrees"/> on every side.</summary>
    public BoundingBox Expand(double degrees) =>
        new(MinLongitude - degrees, MinLatitude - degrees, MaxLongitude + degrees, MaxLatitude + degrees);
}
