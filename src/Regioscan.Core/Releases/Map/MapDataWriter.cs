using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Model;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Map;

/// <summary>
/// Writes <c>map/data.js</c>: the release data for the map page as one script,
/// <c>window.REGIOSCAN_DATA = {…};</c>. A script rather than a JSON file because browsers block
/// <c>fetch()</c> of local files, and the page must work when opened from <c>file://</c>.
/// </summary>
/// <remarks>
/// Fields are taken from <see cref="PublishedSchema"/> by name, so the map shows exactly what the
/// published tables hold (never the contact fields). Each table is written as columns and rows of values, with
/// codes as positions in the file's code lists (<see cref="MapTablePart{TRow}"/>). Text is encoded with
/// <see cref="JavaScriptEncoder.Default"/>, which escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes
/// and every non-ASCII character (U+2028 included), so no uploaded name can end or break the script.
/// </remarks>
public static class MapDataWriter
{
    /// <summary>The file name inside the release's <c>map/</c> folder.</summary>
    public const string FileName = "data.js";

    /// <summary>The change log, relative to the map folder.</summary>
    public const string ChangelogLink = "../CHANGELOG.md";

    private static readonly byte[] Prefix = "window.REGIOSCAN_DATA = "u8.ToArray();
    private static readonly byte[] Suffix = ";\n"u8.ToArray();

    /// <summary>The encoding of every part of the file (see the remarks).</summary>
    internal static JsonWriterOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The code lists the file carries, whose positions the tables' coded values are.</summary>
    internal static CodeListCatalog CodeLists => CodeListCatalog.Default;

    /// <summary>The initiative fields the map shows.</summary>
    internal static IReadOnlyList<Column<PublishedInitiative>> InitiativeColumns { get; } = Pick(PublishedSchema.Initiatives,
        "initiative_id", "name", "description", "website", "province_code", "province_name", "municipality_name",
        "service_area", "providers", "lead_organisation", "funding", "policy_rationale", "start_year", "end_year",
        "latitude", "longitude", "activity_count", "reach_per_year");

    /// <summary>The activity fields the map shows; <c>initiative_id</c> ties each to its initiative.</summary>
    internal static IReadOnlyList<Column<Activity>> ActivityColumns { get; } = Pick(PublishedSchema.Activities,
        "activity_id", "initiative_id", "name", "activity_type", "target_groups", "sectors", "digitalisation_forms", "bottlenecks",
        "reach_per_year", "reach_year", "impact_measurement");

    /// <summary>Writes the map data of a release held in memory to <paramref name="destination"/> (left open).</summary>
    /// <exception cref="JsonException">The provinces GeoJSON is not JSON.</exception>
    public static void Write(ReleaseTables tables, ReleaseMapContext context, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(destination);

        Begin(destination);
        WritePart(destination, InitiativeColumns, tables.Initiatives);
        using var activities = new MemoryStream();
        WritePart(activities, ActivityColumns, tables.Activities);
        activities.Position = 0;
        Finish(context, activities, destination);
    }

    /// <summary>
    /// Starts the file: its prefix and the object up to its first member's value, the initiatives table, which is
    /// written straight after it (<see cref="MapTablePart{TRow}"/>) while the activities table goes to a part of its own.
    /// </summary>
    internal static void Begin(Stream destination)
    {
        destination.Write(Prefix);
        destination.Write("""{"initiatives":"""u8);
    }

    /// <summary>
    /// Ends the file once its initiatives table is written (<see cref="Begin"/>): the activities table, copied as it
    /// is from its part, then the members known only once the release's version is, and the end of the script. The
    /// object reads <c>{initiatives, activities, version, published_at, changelog, scanned, codelists, provinces}</c>;
    /// <c>scanned</c> lists the codes of the provinces with a scan in the release, in code order.
    /// </summary>
    /// <exception cref="JsonException">The provinces GeoJSON is not JSON.</exception>
    internal static void Finish(ReleaseMapContext context, Stream activities, Stream destination)
    {
        destination.Write(""","activities":"""u8);
        activities.CopyTo(destination);

        // The last members are written as an object of their own, whose opening brace is left out: its members and
        // closing brace end the file's object.
        var rest = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(rest, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("version", context.Version);
            json.WriteString("published_at", context.PublishedAt);
            json.WriteString("changelog", ChangelogLink);
            json.WriteStartArray("scanned");
            foreach (var province in context.ScannedProvinces.Order(StringComparer.Ordinal))
            {
                json.WriteStringValue(province);
            }

            json.WriteEndArray();
            WriteCodeLists(json, CodeLists);
            WriteProvinces(json, context.ProvincesGeoJson);
            json.WriteEndObject();
        }

        destination.Write(","u8);
        destination.Write(rest.WrittenSpan[1..]);
        destination.Write(Suffix);
    }

    private static void WritePart<TRow>(Stream output, IReadOnlyList<Column<TRow>> columns, IReadOnlyList<TRow> rows)
    {
        var part = new MapTablePart<TRow>(output, columns);
        RowPass.RunAsync(rows.ToAsyncEnumerable(), [part], CancellationToken.None).GetAwaiter().GetResult();
        part.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static void WriteCodeLists(Utf8JsonWriter json, CodeListCatalog catalog)
    {
        json.WriteStartObject("codelists");
        foreach (var list in catalog.Lists)
        {
            json.WriteStartArray(list.Name);
            foreach (var code in list.Codes)
            {
                json.WriteStartObject();
                json.WriteString("code", code.Value);
                json.WriteString("nl", code.LabelNl);
                json.WriteString("en", code.LabelEn);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteProvinces(Utf8JsonWriter json, ReadOnlyMemory<byte> geoJson)
    {
        json.WritePropertyName("provinces");
        if (geoJson.IsEmpty)
        {
            json.WriteNullValue();
            return;
        }

        // Re-written through this writer (not copied) so its strings get the same escaping.
        using var document = JsonDocument.Parse(geoJson);
        document.RootElement.WriteTo(json);
    }

    private static Column<TRow>[] Pick<TRow>(IReadOnlyList<Column<TRow>> schema, params string[] names) =>
        names.Select(name => schema.SingleOrDefault(c => c.Name == name)
            ?? throw new InvalidOperationException($"The published schema has no column {name}: update the map data."))
            .ToArray();
}
