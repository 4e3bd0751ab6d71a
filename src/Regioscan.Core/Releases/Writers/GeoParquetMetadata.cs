using System.Text.Json;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// The GeoParquet 1.1 <c>geo</c> key-value metadata of a file with one WKB point column and its bbox
/// covering column. No <c>crs</c>: the default, OGC:CRS84 (WGS84 longitude/latitude), is what we store.
/// </summary>
internal static class GeoParquetMetadata
{
    /// <summary>The key under which GeoParquet readers look for the metadata.</summary>
    public const string Key = "geo";

    /// <summary>The geometry column.</summary>
    public const string GeometryColumn = "geometry";

    /// <summary>The bbox covering column (a struct of xmin, ymin, xmax, ymax).</summary>
    public const string BboxColumn = "bbox";

    /// <summary>The covering struct's fields, in the order GeoParquet 1.1 requires.</summary>
    public static IReadOnlyList<string> BboxFields { get; } = ["xmin", "ymin", "xmax", "ymax"];

    /// <summary>The metadata JSON; <paramref name="points"/> give the file's bbox (left out when there are none).</summary>
    public static string Build(IEnumerable<GeoPoint> points)
    {
        double? minX = null, minY = null, maxX = null, maxY = null;
        foreach (var p in points)
        {
            minX = Math.Min(minX ?? p.Longitude, p.Longitude);
            minY = Math.Min(minY ?? p.Latitude, p.Latitude);
            maxX = Math.Max(maxX ?? p.Longitude, p.Longitude);
            maxY = Math.Max(maxY ?? p.Latitude, p.Latitude);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.1.0");
            json.WriteString("primary_column", GeometryColumn);
            json.WriteStartObject("columns");
            json.WriteStartObject(GeometryColumn);
            json.WriteString("encoding", "WKB");
            json.WriteStartArray("geometry_types");
            json.WriteStringValue("Point");
            json.WriteEndArray();
            if (minX is { } x0 && minY is { } y0 && maxX is { } x1 && maxY is { } y1)
            {
                json.WriteStartArray("bbox");
                json.WriteNumberValue(x0);
                json.WriteNumberValue(y0);
                json.WriteNumberValue(x1);
                json.WriteNumberValue(y1);
                json.WriteEndArray();
            }

            json.WriteStartObject("covering");
            json.WriteStartObject("bbox");
            foreach (var field in BboxFields)
            {
                json.WriteStartArray(field);
                json.WriteStringValue(BboxColumn);
                json.WriteStringValue(field);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
