using System.Text.Json;
using NetTopologySuite.Geometries;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes <c>initiatives.geojson</c>, feature by feature: an RFC 7946 FeatureCollection with one Point
/// ([longitude, latitude], rounded to 6 decimals) per initiative that has a location, <c>id</c> =
/// <c>initiative_id</c> and the published columns as properties. No <c>crs</c> member (RFC 7946 is always
/// WGS84). The collection's <c>bbox</c> follows its features, since it is known only after the last one
/// (RFC 7946 does not order the members of an object).
/// </summary>
internal sealed class InitiativesGeoJsonWriter : IRowSink<PublishedInitiative>, IAsyncDisposable
{
    private const int FlushBytes = 1 << 16;

    private static readonly JsonEncodedText[] PropertyNames = GeoJson.PropertyNames(PublishedSchema.Initiatives);

    private readonly Utf8JsonWriter _json;
    private readonly RowCells<PublishedInitiative> _cells;
    private readonly Envelope _extent = new();

    /// <summary>Starts the collection.</summary>
    public InitiativesGeoJsonWriter(Stream output)
        : this(output, new RowCells<PublishedInitiative>(PublishedSchema.Initiatives))
    {
    }

    /// <summary>Starts the collection; the cells are read through <paramref name="cells"/>, shared with the table's other sinks.</summary>
    /// <exception cref="ArgumentException"><paramref name="cells"/> are not of the published initiatives' columns.</exception>
    public InitiativesGeoJsonWriter(Stream output, RowCells<PublishedInitiative> cells)
    {
        if (!ReferenceEquals(cells.Columns, PublishedSchema.Initiatives))
        {
            throw new ArgumentException("The cells must be those of the published initiatives' columns.", nameof(cells));
        }

        _cells = cells;
        _json = new Utf8JsonWriter(output, GeoJson.WriterOptions);
        _json.WriteStartObject();
        _json.WriteString("type", "FeatureCollection");
        _json.WriteStartArray("features");
    }

    /// <summary>The number of features written.</summary>
    public long Features { get; private set; }

    /// <summary>Writes a whole table held in memory; returns the number of features.</summary>
    public static async Task<long> WriteAsync(Stream output, IReadOnlyList<PublishedInitiative> rows, CancellationToken cancellationToken)
    {
        await using var writer = new InitiativesGeoJsonWriter(output);
        await RowPass.RunAsync(rows.ToAsyncEnumerable(), [writer], cancellationToken);
        return writer.Features;
    }

    /// <inheritdoc />
    public ValueTask AddAsync(PublishedInitiative row, CancellationToken cancellationToken)
    {
        if (GeoPoint.Of(row) is not { } located)
        {
            return ValueTask.CompletedTask;
        }

        var point = new GeoPoint(GeoJson.Round(located.Longitude), GeoJson.Round(located.Latitude));
        _extent.ExpandToInclude(point.Longitude, point.Latitude);
        _json.WriteStartObject();
        _json.WriteString("type", "Feature");
        _json.WriteString("id", row.Initiative.InitiativeId);
        _json.WriteStartObject("geometry");
        _json.WriteString("type", "Point");
        _json.WriteStartArray("coordinates");
        _json.WriteNumberValue(point.Longitude);
        _json.WriteNumberValue(point.Latitude);
        _json.WriteEndArray();
        _json.WriteEndObject();
        GeoJson.WriteProperties(_json, PropertyNames, _cells.Of(row));
        _json.WriteEndObject();
        Features++;
        return _json.BytesPending > FlushBytes ? new ValueTask(_json.FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        GeoJson.WriteBbox(_json, _extent);
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _json.DisposeAsync();
}
