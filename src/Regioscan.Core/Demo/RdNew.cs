namespace Regioscan.Core.Demo;

/// <summary>
/// WGS84 to RD New (EPSG:28992) with the polynomial approximation of Schreutelkamp and Strang van Hees
/// (about 1 m inside the Netherlands): accurate enough for a sample file, and free of a projection library.
/// </summary>
internal static class RdNew
{
    private const double OriginX = 155_000;
    private const double OriginY = 463_000;
    private const double OriginLatitude = 52.15517440;
    private const double OriginLongitude = 5.38720621;

    // (p, q, coefficient): X = X0 + Σ R·dφ^p·dλ^q and Y = Y0 + Σ S·dφ^p·dλ^q.
    private static readonly (int P, int Q, double C)[] R =
    [
        (0, 1, 190094.945), (1, 1, -11832.228), (2, 1, -114.221), (0, 3, -32.391), (1, 0, -0.705),
        (3, 1, -2.340), (1, 3, -0.608), (0, 2, -0.008), (2, 3, 0.148),
    ];

    private static readonly (int P, int Q, double C)[] S =
    [
        (1, 0, 309056.544), (0, 2, 3638.893), (2, 0, 73.077), (1, 2, -157.984), (3, 0, 59.788),
        (0, 1, 0.433), (2, 2, -6.439), (1, 1, -0.032), (0, 4, 0.092), (1, 4, -0.054),
    ];

    /// <summary>The RD New coordinates, in metres, of a WGS84 point.</summary>
    public static (double X, double Y) FromWgs84(double latitude, double longitude)
    {
        // The formulas take differences in units of 10,000 arc seconds.
        var dPhi = 0.36 * (latitude - OriginLatitude);
        var dLambda = 0.36 * (longitude - OriginLongitude);
        return (OriginX + Sum(R, dPhi, dLambda), OriginY + Sum(S, dPhi, dLambda));
    }

    private static double Sum((int P, int Q, double C)[] terms, double dPhi, double dLambda)
    {
        var sum = 0.0;
        foreach (var (p, q, c) in terms)
        {
            sum += c * Math.Pow(dPhi, p) * Math.Pow(dLambda, q);
        }

        return sum;
    }
}
