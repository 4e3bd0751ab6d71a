using Regioscan.Core.Demo;

namespace Regioscan.Core.Tests.Demo;

public sealed class RdNewTests
{
    [Theory]
    [InlineData(52.15517440, 5.38720621, 155_000, 463_000)] // Amersfoort, the origin of RD
    [InlineData(53.219383, 6.568201, 233_883.131, 582_065.167)] // Martinitoren, Groningen
    public void Known_points_convert_to_their_RD_coordinates_within_two_metres(double latitude, double longitude, double x, double y)
    {
        var rd = RdNew.FromWgs84(latitude, longitude);

        Assert.InRange(rd.X, x - 2, x + 2);
        Assert.InRange(rd.Y, y - 2, y + 2);
    }

    [Fact]
    public void Converting_to_RD_and_back_returns_within_a_metre_across_the_country()
    {
        foreach (var municipality in Regioscan.Core.Geography.Municipalities.All)
        {
            var (x, y) = RdNew.FromWgs84(municipality.Latitude, municipality.Longitude);
            var (latitude, longitude) = RdToWgs84.Convert(x, y);

            // 1 m is about 0.000009° of latitude and 0.000015° of longitude here.
            Assert.InRange(latitude - municipality.Latitude, -0.000009, 0.000009);
            Assert.InRange(longitude - municipality.Longitude, -0.000015, 0.000015);
            Assert.InRange(x, 0, 300_000);
            Assert.InRange(y, 289_000, 629_000);
        }
    }
}
