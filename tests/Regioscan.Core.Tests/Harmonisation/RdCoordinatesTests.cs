using Regioscan.Core.Harmonisation;

namespace Regioscan.Core.Tests.Harmonisation;

public sealed class RdCoordinatesTests
{
    /// <summary>About 1 m in latitude, 0.7 m in longitude.</summary>
    private const double Tolerance = 0.00001;

    [Fact]
    public void The_RD_origin_lies_in_Amersfoort()
    {
        var (latitude, longitude) = RdCoordinates.ToWgs84(155_000, 463_000);

        Assert.Equal(52.15517, latitude, Tolerance);
        Assert.Equal(5.38721, longitude, Tolerance);
    }

    [Theory]
    [InlineData(233_883.131, 582_065.167, 53.219383, 6.568201)] // Martinitoren, Groningen
    [InlineData(120_700.723, 487_525.501, 52.374533, 4.883526)] // Westertoren, Amsterdam
    public void Known_points_convert_to_their_WGS84_coordinates(double x, double y, double expectedLatitude, double expectedLongitude)
    {
        var (latitude, longitude) = RdCoordinates.ToWgs84(x, y);
        Assert.Equal(expectedLatitude, latitude, Tolerance);
        Assert.Equal(expectedLongitude, longitude, Tolerance);
    }
}
