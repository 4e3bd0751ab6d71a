using System.Text.Encodings.Web;
using System.Text.Json;
using Regioscan.Core.Releases.Writers;

namespace Regioscan.Core.Releases.Catalog;

/// <summary>
/// The two catalogue files of a release: <c>dcat.jsonld</c> (DCAT-AP-NL 3.0, for data.overheid.nl) and
/// <c>schema-org.jsonld</c> (schema.org Dataset, for search engines). Both describe the files of the release,
/// so they are written after those files are complete and before <c>SHA256SUMS</c>.
/// </summary>
public static class CatalogFiles
{
    /// <summary>The DCAT-AP-NL description.</summary>
    public const string DcatFileName = "dcat.jsonld";

    /// <summary>The schema.org description.</summary>
    public const string SchemaOrgFileName = "schema-org.jsonld";

    // Only our own texts and configured names go in here: escape just what JSON requires, for readability.
    internal static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>
    /// Whether a release file is described as a distribution: the data files, the data package and the change
    /// log. Not the map page (it is the landing page), nor the catalogue files and <c>SHA256SUMS</c>, which
    /// cannot carry their own checksums.
    /// </summary>
    public static bool Describes(string fileName) =>
        !fileName.Contains('/', StringComparison.Ordinal) && DistributionFormat.Of(fileName) is not null;

    /// <summary>Writes <c>dcat.jsonld</c>.</summary>
    public static Task WriteDcatAsync(Stream output, ReleaseDescription release, ReleaseMetadataOptions options, CancellationToken cancellationToken = default) =>
        DcatWriter.WriteAsync(output, release, options, cancellationToken);

    /// <summary>Writes <c>schema-org.jsonld</c>.</summary>
    public static Task WriteSchemaOrgAsync(Stream output, ReleaseDescription release, ReleaseMetadataOptions options, CancellationToken cancellationToken = default) =>
        SchemaOrgWriter.WriteAsync(output, release, options, cancellationToken);

    /// <summary>A file's title in Dutch and English: the table's title from the data package and the format.</summary>
    internal static (string Nl, string En) Title(string fileName, DistributionFormat format)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var (nl, en) = DataPackageWriter.Resources.FirstOrDefault(r => r.Name == stem) is { } table
            ? (table.TitleNl, table.TitleEn)
            : fileName switch
            {
                "provinces.geojson" => ("Provincies met hun totalen", "Provinces with their totals"),
                "datapackage.json" => ("Beschrijving van de tabellen (Frictionless Data Package)", "Description of the tables (Frictionless Data Package)"),
                "changes.json" => ("Wijzigingen per record", "Changes record by record"),
                "CHANGELOG.md" => ("Wijzigingslog", "Change log"),
                _ => (stem, stem),
            };
        return ($"{nl} ({format.Label})", $"{en} ({format.Label})");
    }
}
