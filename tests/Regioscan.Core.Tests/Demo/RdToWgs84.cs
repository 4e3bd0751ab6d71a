namespace Regioscan.Core.Tests.Demo;

/// <summary>
/// RD New to WGS84 with the other half of the Schreutelkamp and Strang van Hees approximation: an
/// independent formula, so that a round trip through it checks the generator's conversion.
/// </summary>
internal static class RdToWgs84
{
    private static readonly (int P, int Q, double C)[] K =
    [
        (0, 1, 3235.65389), (2, 0, -32.58297), (0, 2, -0.24750), (2, 1, -0.84978), (0, 3, -0.06550), (2, 2, -0.01709),
        (1, 0, -0.00738), (4, 0, 0.00530), (2, 3, -0.00039), (4, 1, 0.00033), (1, 1, -0.00012),
    ];

    private static readonly (int P, int Q, double C)[] L =
    [
        (1, 0, 5260.52916), (1, 1, 105.94684), (1, 2, 2.45656), (3, 0, -0.81885), (1, 3, 0.05594), (3, 1, -0.05607),
        (0, 1, 0.01199), (3, 2, -0.00256), (1, 4, 0.00128), (0, 2, 0.00022), (2, 0, -0.00022), (5, 0, 0.00026),
    ];

    public static (double Latitude, double Longitude) Convert(double x, double y)
    {
        var dx = (x - 155_000) * 1e-5;
        var dy = (y - 463_000) * 1e-5;
        var latitude = 52.15517440 + (K.Sum(t => t.C * Math.Pow(dx, t.P) * Math.Pow(dy, t.Q)) / 3600);
        var longitude = 5.38720621 + (L.Sum(t => t.C * Math.Pow(dx, t.P) * Math.Pow(dy, t.Q)) / 3600);
        return (latitude, longitude);
    }
}
