using System.Text.Json;
using System.Text.Json.Nodes;
using Regioscan.Core.Geography;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Tests.Releases.Writers;

public sealed class GeoJsonWriterTests
{
    [Fact]
    public async Task Initiatives_geojson_has_one_rfc7946_point_per_located_initiative()
    {
        var tables = ReleaseSamples.Tables();
        using var release = await ReleaseFolder.WriteAsync(tables);
        using var document = JsonDocument.Parse(release.Bytes("initiatives.geojson"));
        var root = document.RootElement;

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        AssertNoCrs(root);
        var located = tables.Initiatives.Where(i => i.Initiative.Latitude is not null).ToList();
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(located.Select(i => i.Initiative.InitiativeId), features.Select(f => f.GetProperty("id").GetString()));
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
            Assert.Equal(2, coordinates.Length);
            Assert.InRange(coordinates[0], -180, 180);
            Assert.InRange(coordinates[1], -90, 90);

            // Longitude first, rounded to 6 decimals.
            Assert.Equal(Math.Round(located[i].Initiative.Longitude!.Value, 6), coordinates[0]);
            Assert.Equal(Math.Round(located[i].Initiative.Latitude!.Value, 6), coordinates[1]);
        }

        Assert.Equal([6.987654, 53.123457], features[1].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var xs = features.Select(f => f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble()).ToList();
        var ys = features.Select(f => f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble()).ToList();
        Assert.Equal([xs.Min(), ys.Min(), xs.Max(), ys.Max()], root.GetProperty("bbox").EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public async Task Initiative_properties_are_the_published_columns_with_arrays_and_nulls()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        var root = JsonNode.Parse(release.Bytes("initiatives.geojson"))!;
        var features = root["features"]!.AsArray();

        foreach (var feature in features)
        {
            Assert.Equal(PublishedSchema.Initiatives.Select(c => c.Name), feature!["properties"]!.AsObject().Select(p => p.Key));
        }

        var werkplaats = features[0]!["properties"]!;
        Assert.Equal(["provincie", "rom", "onderwijs"], werkplaats["providers"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(ReleaseSamples.FormulaDescription, werkplaats["description"]!.GetValue<string>());
        Assert.Equal(2, werkplaats["activity_count"]!.GetValue<long>());
        var liaison = features[2]!["properties"]!;
        Assert.Equal(JsonValueKind.Null, JsonSerializer.SerializeToElement(liaison["policy_rationale"]).ValueKind);
        Assert.Null(liaison["reach_per_year"]);
        Assert.True(liaison.AsObject().ContainsKey("reach_per_year"));
        Assert.Equal(-0.1276, liaison["longitude"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_name_with_markup_stays_data()
    {
        var tables = ReleaseSamples.Tables();
        var fryslan = tables.Initiatives.Single(i => i.Initiative.ProvinceCode == "PV21");
        var located = fryslan with { Initiative = fryslan.Initiative with { Latitude = 53.03, Longitude = 5.66 } };
        tables = tables with { Initiatives = tables.Initiatives.Select(i => i == fryslan ? located : i).ToList() };
        using var release = await ReleaseFolder.WriteAsync(tables);
        var text = release.Text("initiatives.geojson");

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("Fryslân", text, StringComparison.Ordinal);
        var names = JsonNode.Parse(text)!["features"]!.AsArray().Select(f => f!["properties"]!["name"]!.GetValue<string>());
        Assert.Contains(ReleaseSamples.ScriptName, names);
    }

    [Fact]
    public async Task Provinces_geojson_has_all_12_provinces_with_their_aggregates_at_their_points()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        using var document = JsonDocument.Parse(release.Bytes("provinces.geojson"));
        var root = document.RootElement;

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        AssertNoCrs(root);
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(Provinces.All.Select(p => p.Code), features.Select(f => f.GetProperty("id").GetString()));
        for (var i = 0; i < features.Count; i++)
        {
            var coordinates = features[i].GetProperty("geometry").GetProperty("coordinates");
            Assert.Equal("Point", features[i].GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal(Provinces.All[i].Longitude, coordinates[0].GetDouble());
            Assert.Equal(Provinces.All[i].Latitude, coordinates[1].GetDouble());
            Assert.Equal(
                PublishedSchema.SummaryByProvince.Select(c => c.Name),
                features[i].GetProperty("properties").EnumerateObject().Select(p => p.Name));
        }

        var groningen = features[0].GetProperty("properties");
        Assert.Equal(2, groningen.GetProperty("initiatives").GetInt64());
        Assert.Equal(3, groningen.GetProperty("activities").GetInt64());
        Assert.Equal(1550, groningen.GetProperty("reach_per_year").GetInt64());
        Assert.Equal(3, groningen.GetProperty("providers_provincie").GetInt64());
        var drenthe = features[2].GetProperty("properties");
        Assert.Equal(0, drenthe.GetProperty("activities").GetInt64());
        Assert.Equal(JsonValueKind.Null, drenthe.GetProperty("reach_per_year").ValueKind);
    }

    [Fact]
    public async Task Cbs_boundaries_become_the_province_geometries_with_rfc7946_ring_orientation()
    {
        await using var boundaries = File.OpenRead(CbsProvinces());
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables(), boundaries);

        AssertBoundaries(release);
    }

    [Fact]
    public async Task Clockwise_boundaries_are_turned_to_the_right_hand_rule()
    {
        var reversed = JsonNode.Parse(await File.ReadAllBytesAsync(CbsProvinces()))!;
        var rings = 0;
        foreach (var feature in reversed["features"]!.AsArray())
        {
            foreach (var ring in Rings(feature!["geometry"]!))
            {
                var points = ring.Select(p => p!.DeepClone()).Reverse().ToArray();
                ring.Clear();
                foreach (var point in points)
                {
                    ring.Add(point);
                }

                rings++;
            }
        }

        Assert.True(rings > 12);
        using var boundaries = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(reversed));
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables(), boundaries);

        AssertBoundaries(release);
    }

    [Fact]
    public async Task Boundaries_in_rd_metres_are_refused_before_any_file_is_written()
    {
        var rd = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"PV26","statnaam":"Utrecht"},
            "geometry":{"type":"Polygon","coordinates":[[[130000,450000],[140000,450000],[140000,460000],[130000,450000]]]}}]}
            """u8.ToArray();
        using var boundaries = new MemoryStream(rd);
        var written = new List<string>();

        await Assert.ThrowsAsync<InvalidDataException>(() => Regioscan.Core.Releases.Writers.ReleaseDataWriter.WriteAsync(
            ReleaseSamples.Tables(),
            new Regioscan.Core.Releases.Writers.ReleaseDataContext("1.0.0", ReleaseFolder.PublishedAt, boundaries),
            name =>
            {
                written.Add(name);
                return new MemoryStream();
            }));
        Assert.Empty(written);
    }

    private static void AssertBoundaries(ReleaseFolder release)
    {
        var root = JsonNode.Parse(release.Bytes("provinces.geojson"))!;
        var features = root["features"]!.AsArray();
        Assert.Equal(Provinces.All.Select(p => p.Code), features.Select(f => f!["id"]!.GetValue<string>()));
        var holes = 0;
        foreach (var feature in features)
        {
            var geometry = feature!["geometry"]!;
            Assert.Contains(geometry["type"]!.GetValue<string>(), new[] { "Polygon", "MultiPolygon" });
            var polygons = geometry["type"]!.GetValue<string>() == "Polygon"
                ? [geometry["coordinates"]!.AsArray()]
                : geometry["coordinates"]!.AsArray().Select(p => p!.AsArray()).ToList();
            foreach (var polygon in polygons)
            {
                Assert.True(SignedArea(polygon[0]!.AsArray()) > 0, feature["id"] + ": exterior ring is not counter-clockwise");
                foreach (var hole in polygon.Skip(1))
                {
                    Assert.True(SignedArea(hole!.AsArray()) < 0, feature["id"] + ": hole is not clockwise");
                    holes++;
                }
            }
        }

        Assert.True(holes > 0, "the CBS provinces have holes (Zeeland, Zuid-Holland)");
        var bbox = root["bbox"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        Assert.Equal([3.358, 50.751, 7.218, 53.554], bbox);
    }

    // Shoelace formula in lon/lat: positive for a counter-clockwise ring.
    private static double SignedArea(JsonArray ring)
    {
        var sum = 0.0;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            var (x0, y0) = (ring[i]![0]!.GetValue<double>(), ring[i]![1]!.GetValue<double>());
            var (x1, y1) = (ring[i + 1]![0]!.GetValue<double>(), ring[i + 1]![1]!.GetValue<double>());
            sum += (x0 * y1) - (x1 * y0);
        }

        return sum / 2;
    }

    private static IEnumerable<JsonArray> Rings(JsonNode geometry) =>
        geometry["type"]!.GetValue<string>() == "Polygon"
            ? geometry["coordinates"]!.AsArray().Select(r => r!.AsArray())
            : geometry["coordinates"]!.AsArray().SelectMany(p => p!.AsArray().Select(r => r!.AsArray()));

    private static void AssertNoCrs(JsonElement root)
    {
        Assert.False(root.TryGetProperty("crs", out _));
        Assert.DoesNotContain("\"crs\"", root.GetRawText(), StringComparison.Ordinal);
    }

    private static string CbsProvinces()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RegioscanPipeline.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "..", "shared", "reference", "cbs-2025", "provincie_2025.geojson");
    }
}
