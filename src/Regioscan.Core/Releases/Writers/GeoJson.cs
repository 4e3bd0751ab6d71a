using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>What both GeoJSON files share: JSON settings, properties from published columns, bboxes.</summary>
internal static class GeoJson
{
    /// <summary>Decimals kept in point coordinates: 6 is about 0.1 m, as RFC 7946 suggests.</summary>
    public const int CoordinateDecimals = 6;

    /// <summary>
    /// Letters such as the â of Fryslân stay readable; characters that matter in HTML (&lt;, &gt;, &amp;, quotes)
    /// are still escaped, so a name with <c>&lt;script&gt;</c> is harmless when a page inlines the file.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>NTS geometries as RFC 7946 GeoJSON: polygons re-oriented to the right-hand rule, no bbox per geometry.</summary>
    public static JsonSerializerOptions GeometryOptions { get; } = CreateGeometryOptions();

    /// <summary>The columns' names as property names, encoded once for <see cref="WriteProperties"/>.</summary>
    public static JsonEncodedText[] PropertyNames<TRow>(IReadOnlyList<Column<TRow>> columns) =>
        [.. columns.Select(c => JsonEncodedText.Encode(c.Name, WriterOptions.Encoder))];

    /// <summary>
    /// Writes <c>"properties": { … }</c> with one member per column (<paramref name="names"/>, from
    /// <see cref="PropertyNames"/>, beside the row's <paramref name="cells"/>): lists as arrays, NULL as null.
    /// </summary>
    public static void WriteProperties(Utf8JsonWriter json, ReadOnlySpan<JsonEncodedText> names, ReadOnlySpan<object?> cells)
    {
        json.WriteStartObject("properties");
        for (var i = 0; i < names.Length; i++)
        {
            json.WritePropertyName(names[i]);
            PublishedValueJson.Write(json, cells[i]);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes <c>"bbox": [west, south, east, north]</c> (RFC 7946 section 5), unless the envelope is empty.</summary>
    public static void WriteBbox(Utf8JsonWriter json, Envelope envelope)
    {
        if (envelope.IsNull)
        {
            return;
        }

        json.WriteStartArray("bbox");
        json.WriteNumberValue(envelope.MinX);
        json.WriteNumberValue(envelope.MinY);
        json.WriteNumberValue(envelope.MaxX);
        json.WriteNumberValue(envelope.MaxY);
        json.WriteEndArray();
    }

    /// <summary>A coordinate rounded for publication.</summary>
    public static double Round(double degrees) => Math.Round(degrees, CoordinateDecimals, MidpointRounding.AwayFromZero);

    private static JsonSerializerOptions CreateGeometryOptions()
    {
        var options = new JsonSerializerOptions { Encoder = WriterOptions.Encoder };
        options.Converters.Add(new GeoJsonConverterFactory(
            writeGeometryBBox: false,
            idPropertyName: GeoJsonConverterFactory.DefaultIdPropertyName,
            ringOrientationOption: RingOrientationOption.EnforceRfc9746));
        return options;
    }
}
