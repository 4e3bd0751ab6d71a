using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Regioscan.Core.Tests.Demo;

/// <summary>The CBS 2025 province boundaries in ../shared/reference/cbs-2025 next to the repository.</summary>
internal static class ReferenceBoundaries
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };
    private static readonly Lazy<Dictionary<string, Geometry>> Provinces = new(Load);

    public static Geometry Province(string code) => Provinces.Value[code];

    private static Dictionary<string, Geometry> Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "RegioscanPipeline.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "..", "shared", "reference", "cbs-2025", "provincie_2025.geojson");
        var features = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), GeoJson);
        Assert.NotNull(features);
        return features.ToDictionary(
            f => f.Attributes.GetOptionalValue("statcode")?.ToString() ?? string.Empty,
            f => f.Geometry,
            StringComparer.Ordinal);
    }
}
