namespace Regioscan.Core.Geography;

/// <summary>A municipality (CBS 2025 classification).</summary>
/// <param name="Code">CBS code <c>GMxxxx</c>.</param>
/// <param name="Name">Official name.</param>
/// <param name="ProvinceCode">The province it lies in.</param>
/// <param name="Latitude">An interior point (WGS84).</param>
/// <param name="Longitude">See <paramref name="Latitude"/>.</param>
public sealed record Municipality(string Code, string Name, string ProvinceCode, double Latitude, double Longitude);
