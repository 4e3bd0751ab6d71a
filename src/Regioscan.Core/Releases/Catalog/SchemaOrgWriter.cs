using System.Globalization;
using System.Text.Json;
using Regioscan.Core.Geography;

namespace Regioscan.Core.Releases.Catalog;

/// <summary>
/// Writes <c>schema-org.jsonld</c>: the release as a schema.org <c>Dataset</c> (what Google Dataset Search
/// reads) with a <c>DataDownload</c> per described file.
/// </summary>
/// <remarks>
/// schema.org has no language-tagged texts that search engines agree on, so <c>name</c> and
/// <c>description</c> are Dutch (the dataset's language) and the English title is the <c>alternateName</c>.
/// </remarks>
internal static class SchemaOrgWriter
{
    public static async Task WriteAsync(Stream output, ReleaseDescription release, ReleaseMetadataOptions options, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, CatalogFiles.JsonOptions);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org/");
        json.WriteString("@type", "Dataset");
        var id = options.ReleaseUrl(release.Version).AbsoluteUri;
        json.WriteString("@id", id);
        json.WriteString("name", DatasetTexts.TitleNl);
        json.WriteString("alternateName", DatasetTexts.TitleEn);
        json.WriteString("description", DatasetTexts.DescriptionNl);
        json.WriteString("inLanguage", "nl");
        json.WriteString("url", options.FileUrl(release.Version, "map/index.html").AbsoluteUri);
        json.WriteString("identifier", id);
        json.WriteString("version", release.Version);
        var published = release.PublishedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        json.WriteString("datePublished", published);
        json.WriteString("dateModified", published);
        json.WriteString("license", options.License.AbsoluteUri);
        json.WriteBoolean("isAccessibleForFree", true);
        json.WriteStartArray("keywords");
        foreach (var keyword in DatasetTexts.Keywords)
        {
            json.WriteStringValue(keyword);
        }

        json.WriteEndArray();
        json.WriteStartArray("creator");
        foreach (var code in release.ProvinceCodes)
        {
            WriteOrganisation(json, "Provincie " + (Provinces.FindByCode(code)?.Name ?? code), null);
        }

        json.WriteEndArray();
        json.WritePropertyName("publisher");
        WriteOrganisation(json, options.PublisherName, options.PublisherUri, options.ContactEmail);
        WriteSpatialCoverage(json);
        if (release.ReachYears is { } years)
        {
            json.WriteString("temporalCoverage", string.Create(CultureInfo.InvariantCulture, $"{years.First}/{years.Last}"));
        }

        json.WriteStartArray("distribution");
        foreach (var file in release.Files)
        {
            if (CatalogFiles.Describes(file.Name) && DistributionFormat.Of(file.Name) is { } format)
            {
                json.WriteStartObject();
                json.WriteString("@type", "DataDownload");
                json.WriteString("name", CatalogFiles.Title(file.Name, format).Nl);
                json.WriteString("encodingFormat", format.MediaType);
                json.WriteString("contentUrl", options.FileUrl(release.Version, file.Name).AbsoluteUri);
                json.WriteString("contentSize", file.Bytes.ToString(CultureInfo.InvariantCulture) + " B");
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static void WriteOrganisation(Utf8JsonWriter json, string name, Uri? url, string? email = null)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", name);
        if (url is not null)
        {
            json.WriteString("url", url.AbsoluteUri);
        }

        if (email is not null)
        {
            json.WriteStartObject("contactPoint");
            json.WriteString("@type", "ContactPoint");
            json.WriteString("contactType", "open data");
            json.WriteString("email", email);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    // The Netherlands as a box, "south west north east" as schema.org's GeoShape wants it.
    private static void WriteSpatialCoverage(Utf8JsonWriter json)
    {
        var box = BoundingBox.Netherlands;
        json.WriteStartObject("spatialCoverage");
        json.WriteString("@type", "Place");
        json.WriteString("name", "Nederland");
        json.WriteStartObject("geo");
        json.WriteString("@type", "GeoShape");
        json.WriteString("box", string.Create(CultureInfo.InvariantCulture, $"{box.MinLatitude} {box.MinLongitude} {box.MaxLatitude} {box.MaxLongitude}"));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
