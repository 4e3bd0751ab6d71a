namespace Regioscan.Core.Geography;

/// <summary>A Dutch province with its CBS code, name, other spellings and a representative point.</summary>
/// <param name="Code">CBS code, <c>PV20</c> … <c>PV31</c>.</param>
/// <param name="Name">Official name.</param>
/// <param name="Aliases">Other common spellings.</param>
/// <param name="Latitude">A point inside the province (WGS84), used when no boundaries are available.</param>
/// <param name="Longitude">See <paramref name="Latitude"/>.</param>
/// <param name="Bounds">The bounding box of the province's generalised boundary.</param>
public sealed record Province(
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    double Latitude,
    double Longitude,
    BoundingBox Bounds);
