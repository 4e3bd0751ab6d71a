using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using Regioscan.Core.Demo;
using Regioscan.Core.Geography;

namespace Regioscan.Core.Tests.Demo;

public sealed class ProvinceProfilesTests
{
    [Fact]
    public void There_is_one_profile_per_province_in_code_order()
    {
        Assert.Equal(Provinces.All.Select(p => p.Code), ProvinceProfiles.All.Select(p => p.Code));
    }

    [Fact]
    public void Every_region_municipality_exists_in_its_province()
    {
        foreach (var profile in ProvinceProfiles.All)
        {
            foreach (var name in profile.Regions.SelectMany(r => r.Municipalities))
            {
                Assert.Equal(profile.Code, Municipalities.Find(name)?.ProvinceCode);
            }
        }
    }

    [Fact]
    public void Every_place_an_initiative_can_get_stays_inside_the_province_boundary_for_any_seed()
    {
        foreach (var profile in ProvinceProfiles.All)
        {
            var boundary = new IndexedPointInAreaLocator(ReferenceBoundaries.Province(profile.Code));
            foreach (var municipality in profile.Regions.SelectMany(r => r.Municipalities).Distinct().Select(n => Municipalities.Find(n)!))
            {
                // The generator jitters by less than 0.002° in each direction: test the corners of that box.
                foreach (var (dLat, dLon) in new[] { (-0.002, -0.002), (-0.002, 0.002), (0.002, -0.002), (0.002, 0.002) })
                {
                    var corner = new Coordinate(municipality.Longitude + dLon, municipality.Latitude + dLat);
                    Assert.True(boundary.Locate(corner) != Location.Exterior, municipality.Name + " " + corner);
                }
            }
        }
    }
}
