using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Regioscan.Core.Geography;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Reads province boundaries from a GeoJSON FeatureCollection in the CBS format (properties
/// <c>statcode</c> and <c>statnaam</c>, WGS84 longitude/latitude), such as <c>provincie_2025.geojson</c>.
/// </summary>
internal static class ProvinceBoundaries
{
    /// <summary>
    /// The (Multi)Polygon of each province found, keyed by CBS code. Features that are not provinces
    /// (a municipality file, say) are skipped. Ring orientation is left as it is: the GeoJSON writer
    /// applies the right-hand rule.
    /// </summary>
    /// <exception cref="InvalidDataException">Not a FeatureCollection, a province without a (Multi)Polygon, or
    /// coordinates that are not WGS84 degrees in the Netherlands (RD New metres, for example).</exception>
    public static IReadOnlyDictionary<string, Geometry> Read(Stream geoJson)
    {
        FeatureCollection? collection;
        try
        {
            collection = JsonSerializer.Deserialize<FeatureCollection>(geoJson, GeoJson.GeometryOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("The province boundaries are not a GeoJSON FeatureCollection.", e);
        }

        if (collection is null)
        {
            throw new InvalidDataException("The province boundaries are empty.");
        }

        var area = BoundingBox.Netherlands.Expand(0.5);
        var boundaries = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var feature in collection)
        {
            var province = ProvinceOf(feature.Attributes);
            if (province is null)
            {
                continue;
            }

            if (feature.Geometry is not (Polygon or MultiPolygon) || feature.Geometry.IsEmpty)
            {
                throw new InvalidDataException($"The boundary of {province.Code} is not a Polygon or MultiPolygon.");
            }

            var envelope = feature.Geometry.EnvelopeInternal;
            if (!area.Contains(envelope.MinY, envelope.MinX) || !area.Contains(envelope.MaxY, envelope.MaxX))
            {
                throw new InvalidDataException($"The boundary of {province.Code} is not in WGS84 degrees around the Netherlands.");
            }

            boundaries[province.Code] = feature.Geometry;
        }

        return boundaries;
    }

    private static Province? ProvinceOf(IAttributesTable? attributes)
    {
        if (attributes is null)
        {
            return null;
        }

        // A feature with a code is matched by code only: municipality Groningen (GM0014) is no province.
        if (attributes.GetOptionalValue("statcode") is string { Length: > 0 } code)
        {
            return Provinces.FindByCode(code);
        }

        return attributes.GetOptionalValue("statnaam") is string name ? Provinces.Find(name) : null;
    }
}
