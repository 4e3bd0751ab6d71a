using System.Globalization;
using System.Text.Json;
using Regioscan.Core.Geography;

namespace Regioscan.Core.Releases.Catalog;

/// <summary>
/// Writes <c>dcat.jsonld</c>: the release as a DCAT-AP-NL 3.0 <c>dcat:Dataset</c> in JSON-LD, with every
/// mandatory property (title, description, identifier, publisher, access rights, contact point, creator,
/// theme) and one <c>dcat:Distribution</c> per described file with its download URL, licence, format,
/// media type, size and SHA-256.
/// </summary>
/// <remarks>
/// Each release is its own dataset version: its identifier is the URL of its immutable folder and
/// <c>dcat:previousVersion</c> links the chain. Texts carry <c>@language</c> tags (nl, en).
/// </remarks>
internal static class DcatWriter
{
    private const string AccessRightPublic = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
    private const string LanguageDutch = "http://publications.europa.eu/resource/authority/language/NLD";
    private const string CountryNetherlands = "http://publications.europa.eu/resource/authority/country/NLD";

    private static readonly (string Prefix, string Iri)[] Prefixes =
    [
        ("dcat", "http://www.w3.org/ns/dcat#"),
        ("dct", "http://purl.org/dc/terms/"),
        ("adms", "http://www.w3.org/ns/adms#"),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("spdx", "http://spdx.org/rdf/terms#"),
        ("vcard", "http://www.w3.org/2006/vcard/ns#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];

    public static async Task WriteAsync(Stream output, ReleaseDescription release, ReleaseMetadataOptions options, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, CatalogFiles.JsonOptions);
        json.WriteStartObject();
        json.WriteStartObject("@context");
        foreach (var (prefix, iri) in Prefixes)
        {
            json.WriteString(prefix, iri);
        }

        json.WriteEndObject();
        var id = options.ReleaseUrl(release.Version).AbsoluteUri;
        json.WriteString("@id", id);
        json.WriteString("@type", "dcat:Dataset");
        WriteTexts(json, "dct:title", DatasetTexts.TitleNl, DatasetTexts.TitleEn);
        WriteTexts(json, "dct:description", DatasetTexts.DescriptionNl, DatasetTexts.DescriptionEn);
        json.WriteString("dct:identifier", id);
        WritePublisher(json, options);
        WriteCreators(json, release.ProvinceCodes);
        WriteReference(json, "dct:accessRights", AccessRightPublic);
        WriteContactPoint(json, options);
        json.WriteStartArray("dcat:theme");
        WriteReferenceValue(json, options.Theme.AbsoluteUri);
        json.WriteEndArray();
        json.WriteStartArray("dcat:keyword");
        foreach (var keyword in DatasetTexts.Keywords)
        {
            WriteText(json, keyword, "nl");
        }

        json.WriteEndArray();
        WriteReference(json, "dct:language", LanguageDutch);
        WriteReference(json, "dct:spatial", CountryNetherlands);
        if (release.ReachYears is { } years)
        {
            json.WriteStartObject("dct:temporal");
            json.WriteString("@type", "dct:PeriodOfTime");
            WriteTyped(json, "dcat:startDate", years.First.ToString(CultureInfo.InvariantCulture) + "-01-01", "xsd:date");
            WriteTyped(json, "dcat:endDate", years.Last.ToString(CultureInfo.InvariantCulture) + "-12-31", "xsd:date");
            json.WriteEndObject();
        }

        json.WriteString("dcat:version", release.Version);
        json.WriteString("owl:versionInfo", release.Version);
        var (notesNl, notesEn) = VersionNotes.Of(release);
        WriteTexts(json, "adms:versionNotes", notesNl, notesEn);
        var published = release.PublishedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        WriteTyped(json, "dct:issued", published, "xsd:dateTime");
        WriteTyped(json, "dct:modified", published, "xsd:dateTime");
        if (release.Previous is not null)
        {
            WriteReference(json, "dcat:previousVersion", options.ReleaseUrl(release.Previous).AbsoluteUri);
        }

        WriteReference(json, "dcat:landingPage", options.FileUrl(release.Version, "map/index.html").AbsoluteUri);
        json.WriteStartArray("dcat:distribution");
        foreach (var file in release.Files)
        {
            if (CatalogFiles.Describes(file.Name) && DistributionFormat.Of(file.Name) is { } format)
            {
                WriteDistribution(json, file, format, release.Version, options);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static void WriteDistribution(Utf8JsonWriter json, Metadata.ReleaseFileEntry file, DistributionFormat format, string version, ReleaseMetadataOptions options)
    {
        var url = options.FileUrl(version, file.Name).AbsoluteUri;
        json.WriteStartObject();
        json.WriteString("@type", "dcat:Distribution");
        var (titleNl, titleEn) = CatalogFiles.Title(file.Name, format);
        WriteTexts(json, "dct:title", titleNl, titleEn);
        WriteReference(json, "dcat:accessURL", url);
        WriteReference(json, "dcat:downloadURL", url);
        WriteReference(json, "dct:license", options.License.AbsoluteUri);
        WriteReference(json, "dct:format", format.EuFileType);
        WriteReference(json, "dcat:mediaType", format.MediaTypeUri);
        WriteTyped(json, "dcat:byteSize", file.Bytes.ToString(CultureInfo.InvariantCulture), "xsd:nonNegativeInteger");
        json.WriteStartObject("spdx:checksum");
        json.WriteString("@type", "spdx:Checksum");
        WriteReference(json, "spdx:algorithm", "spdx:checksumAlgorithm_sha256");
        WriteTyped(json, "spdx:checksumValue", file.Sha256, "xsd:hexBinary");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePublisher(Utf8JsonWriter json, ReleaseMetadataOptions options)
    {
        json.WriteStartObject("dct:publisher");
        if (options.PublisherUri is { } uri)
        {
            json.WriteString("@id", uri.AbsoluteUri);
        }

        json.WriteString("@type", "foaf:Agent");
        json.WriteString("foaf:name", options.PublisherName);
        json.WriteEndObject();
    }

    // The provinces made the data: each one whose scan is in the release is a creator.
    private static void WriteCreators(Utf8JsonWriter json, IReadOnlyList<string> provinceCodes)
    {
        json.WriteStartArray("dct:creator");
        foreach (var code in provinceCodes)
        {
            json.WriteStartObject();
            json.WriteString("@type", "foaf:Agent");
            json.WriteString("foaf:name", "Provincie " + (Provinces.FindByCode(code)?.Name ?? code));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteContactPoint(Utf8JsonWriter json, ReleaseMetadataOptions options)
    {
        json.WriteStartArray("dcat:contactPoint");
        json.WriteStartObject();
        json.WriteString("@type", "vcard:Kind");
        json.WriteString("vcard:fn", options.ContactName);
        WriteReference(json, "vcard:hasEmail", "mailto:" + options.ContactEmail);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteTexts(Utf8JsonWriter json, string property, string nl, string en)
    {
        json.WriteStartArray(property);
        WriteText(json, nl, "nl");
        WriteText(json, en, "en");
        json.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter json, string text, string language)
    {
        json.WriteStartObject();
        json.WriteString("@value", text);
        json.WriteString("@language", language);
        json.WriteEndObject();
    }

    private static void WriteTyped(Utf8JsonWriter json, string property, string value, string type)
    {
        json.WriteStartObject(property);
        json.WriteString("@value", value);
        json.WriteString("@type", type);
        json.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter json, string property, string iri)
    {
        json.WritePropertyName(property);
        WriteReferenceValue(json, iri);
    }

    private static void WriteReferenceValue(Utf8JsonWriter json, string iri)
    {
        json.WriteStartObject();
        json.WriteString("@id", iri);
        json.WriteEndObject();
    }
}
