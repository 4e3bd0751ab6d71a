using System.Text.Json;
using Regioscan.Core.Releases.Catalog;
using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Core.Tests.Releases.Catalog;

/// <summary>A release description with every kind of file, and the catalogue files written from it.</summary>
internal static class CatalogSamples
{
    public static readonly ReleaseMetadataOptions Options = new()
    {
        BaseUrl = new Uri("https://data.example.nl/regioscan"),
        PublisherName = "Interprovinciaal Overleg",
        PublisherUri = new Uri("https://example.nl/org/ipo"),
        ContactName = "Servicedesk open data",
        ContactEmail = "opendata@example.nl",
    };

    public static IReadOnlyList<ReleaseFileEntry> Files { get; } =
    [
        new("CHANGELOG.md", 120, null, new string('1', 64)),
        new("activities.csv", 2_000, 5, new string('2', 64)),
        new("activities.parquet", 3_000, 5, new string('3', 64)),
        new("changes.json", 400, 2, new string('4', 64)),
        new("codelists.csv", 5_000, 90, new string('5', 64)),
        new("datapackage.json", 9_000, null, new string('6', 64)),
        new("initiatives.csv", 1_500, 3, new string('7', 64)),
        new("initiatives.geojson", 2_500, 2, new string('8', 64)),
        new("initiatives.parquet", 4_000, 3, new string('9', 64)),
        new("map/data.js", 7_000, 3, new string('a', 64)),
        new("map/index.html", 800, null, new string('b', 64)),
        new("provinces.geojson", 6_000, 12, new string('c', 64)),
        new("summary_by_province.csv", 3_500, 12, new string('d', 64)),
    ];

    /// <summary>The files a catalogue must describe: everything above but the map page.</summary>
    public static IEnumerable<ReleaseFileEntry> DataFiles => Files.Where(f => !f.Name.StartsWith("map/", StringComparison.Ordinal));

    public static ReleaseDescription Release(string? previous = "1.0.0", string? reason = "Nieuwe scan Zeeland") => new(
        "1.1.0",
        previous,
        new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(1)),
        reason,
        Files,
        ["PV20", "PV21", "PV29"],
        new ChangeSummary(new ChangeCounts(Added: 1, Removed: 0, DataChanged: 0), new ChangeCounts(Added: 1, Removed: 1, DataChanged: 0)),
        (2022, 2024));

    public static async Task<JsonElement> DcatAsync(ReleaseDescription? release = null)
    {
        using var output = new MemoryStream();
        await CatalogFiles.WriteDcatAsync(output, release ?? Release(), Options);
        return JsonDocument.Parse(output.ToArray()).RootElement.Clone();
    }

    public static async Task<JsonElement> SchemaOrgAsync(ReleaseDescription? release = null)
    {
        using var output = new MemoryStream();
        await CatalogFiles.WriteSchemaOrgAsync(output, release ?? Release(), Options);
        return JsonDocument.Parse(output.ToArray()).RootElement.Clone();
    }
}
