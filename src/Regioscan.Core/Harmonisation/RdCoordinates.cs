namespace Regioscan.Core.Harmonisation;

/// <summary>
/// Converts RD New (Rijksdriehoeksmeting, EPSG:28992) coordinates to WGS84 with the approximation
/// polynomials of F.H. Schreutelkamp and G.L. Strang van Hees ("Benaderingsformules voor de transformatie
/// tussen RD- en WGS84-kaartcoördinaten"), which the Dutch geo community uses where a metre is accurate
/// enough; the full RDNAPTRANS™ procedure is not needed for locating an initiative.
/// </summary>
public static class RdCoordinates
{
    private const double X0 = 155_000;
    private const double Y0 = 463_000;
    private const double Latitude0 = 52.15517440;
    private const double Longitude0 = 5.38720621;

    // (p, q, K): latitude seconds = Σ K · dX^p · dY^q.
    private static readonly (int P, int Q, double K)[] LatitudeTerms =
    [
        (0, 1, 3235.65389), (2, 0, -32.58297), (0, 2, -0.24750), (2, 1, -0.84978), (0, 3, -0.06550),
        (2, 2, -0.01709), (1, 0, -0.00738), (4, 0, 0.00530), (2, 3, -0.00039), (4, 1, 0.00033), (1, 1, -0.00012),
    ];

    // (p, q, L): longitude seconds = Σ L · dX^p · dY^q.
    private static readonly (int P, int Q, double L)[] LongitudeTerms =
    [
        (1, 0, 5260.52916), (1, 1, 105.94684), (1, 2, 2.45656), (3, 0, -0.81885), (1, 3, 0.05594),
        (3, 1, -0.05607), (0, 1, 0.01199), (3, 2, -0.00256), (1, 4, 0.00128), (0, 2, 0.00022),
        (2, 0, -0.00022), (5, 0, 0.00026),
    ];

    /// <summary>The WGS84 latitude and longitude (degrees) of RD point (<paramref name="x"/>, <paramref name="y"/>) in metres.</summary>
    /// <remarks>Accurate to about a metre inside the Netherlands; meaningless far outside it.</remarks>
    public static (double Latitude, double Longitude) ToWgs84(double x, double y)
    {
        var dx = (x - X0) * 1e-5;
        var dy = (y - Y0) * 1e-5;
        double latitude = 0, longitude = 0;
        foreach (var (p, q, k) in LatitudeTerms)
        {
            latitude += k * Math.Pow(dx, p) * Math.Pow(dy, q);
        }

        foreach (var (p, q, l) in LongitudeTerms)
        {
            longitude += l * Math.Pow(dx, p) * Math.Pow(dy, q);
        }

        return (Latitude0 + latitude / 3600, Longitude0 + longitude / 3600);
    }
}
