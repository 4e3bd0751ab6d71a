using System.Text.Json;
using NetTopologySuite.Geometries;
using Regioscan.Core.Geography;
using Regioscan.Core.Releases.Summary;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes <c>provinces.geojson</c>: one feature per province (all 12, in code order), <c>id</c> = the CBS
/// code, the columns of <c>summary_by_province</c> as properties, and as geometry the province's boundary
/// when reference boundaries are given, else its representative point.
/// </summary>
internal static class ProvincesGeoJsonWriter
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>Writes the file; returns the number of features.</summary>
    public static async Task<long> WriteAsync(
        Stream output,
        IReadOnlyList<ProvinceSummary> summaries,
        IReadOnlyDictionary<string, Geometry>? boundaries,
        CancellationToken cancellationToken)
    {
        var features = summaries
            .Select(s => (Summary: s, Geometry: GeometryOf(s.ProvinceCode, boundaries)))
            .ToArray();
        var extent = new Envelope();
        foreach (var (_, geometry) in features)
        {
            extent.ExpandToInclude(geometry.EnvelopeInternal);
        }

        var names = GeoJson.PropertyNames(PublishedSchema.SummaryByProvince);
        var cells = new RowCells<ProvinceSummary>(PublishedSchema.SummaryByProvince);
        await using var json = new Utf8JsonWriter(output, GeoJson.WriterOptions);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        GeoJson.WriteBbox(json, extent);
        json.WriteStartArray("features");
        foreach (var (summary, geometry) in features)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", summary.ProvinceCode);
            json.WritePropertyName("geometry");
            JsonSerializer.Serialize(json, geometry, GeoJson.GeometryOptions);
            GeoJson.WriteProperties(json, names, cells.Of(summary));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return features.Length;
    }

    private static Geometry GeometryOf(string provinceCode, IReadOnlyDictionary<string, Geometry>? boundaries)
    {
        if (boundaries is not null && boundaries.TryGetValue(provinceCode, out var boundary))
        {
            return boundary;
        }

        var province = Provinces.FindByCode(provinceCode)
            ?? throw new InvalidOperationException($"Unknown province code '{provinceCode}'.");
        return Factory.CreatePoint(new Coordinate(GeoJson.Round(province.Longitude), GeoJson.Round(province.Latitude)));
    }
}
