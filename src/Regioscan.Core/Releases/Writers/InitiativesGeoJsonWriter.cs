using System.Text.Json;
using NetTopologySuite.Geometries;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes <c>initiatives.geojson</c>: an RFC 7946 FeatureCollection with one Point ([longitude, latitude],
/// rounded to 6 decimals) per initiative that has a location, <c>id</c> = <c>initiative_id</c> and the
/// published columns as properties. No <c>crs</c> member (RFC 7946 is always WGS84).
/// </summary>
internal static class InitiativesGeoJsonWriter
{
    private const int FlushBytes = 1 << 16;

    /// <summary>Writes the file; returns the number of features.</summary>
    public static async Task<long> WriteAsync(Stream output, IReadOnlyList<PublishedInitiative> rows, CancellationToken cancellationToken)
    {
        var located = rows
            .Select(row => (Row: row, Point: GeoPoint.Of(row)))
            .Where(x => x.Point is not null)
            .Select(x => (x.Row, Point: new GeoPoint(GeoJson.Round(x.Point!.Value.Longitude), GeoJson.Round(x.Point.Value.Latitude))))
            .ToArray();
        var extent = new Envelope();
        foreach (var (_, point) in located)
        {
            extent.ExpandToInclude(point.Longitude, point.Latitude);
        }

        await using var json = new Utf8JsonWriter(output, GeoJson.WriterOptions);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        GeoJson.WriteBbox(json, extent);
        json.WriteStartArray("features");
        foreach (var (row, point) in located)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", row.Initiative.InitiativeId);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(point.Longitude);
            json.WriteNumberValue(point.Latitude);
            json.WriteEndArray();
            json.WriteEndObject();
            GeoJson.WriteProperties(json, PublishedSchema.Initiatives, row);
            json.WriteEndObject();
            if (json.BytesPending > FlushBytes)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return located.Length;
    }
}
