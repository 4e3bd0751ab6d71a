using System.Text.Json;
using Regioscan.Core.Releases.Catalog;

namespace Regioscan.Core.Tests.Releases.Catalog;

/// <summary>dcat.jsonld against the mandatory properties of DCAT-AP-NL 3.0 (Dataset and Distribution).</summary>
public sealed class DcatWriterTests
{
    private const string Release = "https://data.example.nl/regioscan/releases/v1.1.0/";

    [Fact]
    public async Task The_context_declares_every_prefix_the_document_uses()
    {
        var dcat = await CatalogSamples.DcatAsync();
        var context = dcat.GetProperty("@context");
        Assert.Equal("http://www.w3.org/ns/dcat#", context.GetProperty("dcat").GetString());
        Assert.Equal("http://purl.org/dc/terms/", context.GetProperty("dct").GetString());
        Assert.Equal("http://spdx.org/rdf/terms#", context.GetProperty("spdx").GetString());
        var used = Prefixes(dcat).ToHashSet();
        Assert.All(used, prefix => Assert.True(context.TryGetProperty(prefix, out _), $"prefix {prefix} is not in the @context"));
    }

    [Fact]
    public async Task The_dataset_has_a_dutch_and_an_english_title_and_description()
    {
        var dcat = await CatalogSamples.DcatAsync();
        Assert.Equal("dcat:Dataset", dcat.GetProperty("@type").GetString());
        foreach (var property in new[] { "dct:title", "dct:description" })
        {
            var texts = dcat.GetProperty(property).EnumerateArray().ToDictionary(t => t.GetProperty("@language").GetString()!, t => t.GetProperty("@value").GetString()!);
            Assert.Equal(["en", "nl"], texts.Keys.Order());
            Assert.All(texts.Values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
        }

        Assert.Equal("Regioscan Digitalisering MKB", Text(dcat, "dct:title", "nl"));
    }

    [Fact]
    public async Task The_identifier_is_the_url_of_the_release_folder()
    {
        var dcat = await CatalogSamples.DcatAsync();
        Assert.Equal(Release, dcat.GetProperty("@id").GetString());
        Assert.Equal(Release, dcat.GetProperty("dct:identifier").GetString());
        Assert.Equal("https://data.example.nl/regioscan/releases/v1.0.0/", Id(dcat.GetProperty("dcat:previousVersion")));
    }

    [Fact]
    public async Task Publisher_creator_access_rights_contact_point_and_theme_are_there()
    {
        var dcat = await CatalogSamples.DcatAsync();
        var publisher = dcat.GetProperty("dct:publisher");
        Assert.Equal("foaf:Agent", publisher.GetProperty("@type").GetString());
        Assert.Equal("Interprovinciaal Overleg", publisher.GetProperty("foaf:name").GetString());
        Assert.Equal("https://example.nl/org/ipo", Id(publisher));

        var creators = dcat.GetProperty("dct:creator").EnumerateArray().ToList();
        Assert.All(creators, c => Assert.Equal("foaf:Agent", c.GetProperty("@type").GetString()));
        Assert.Equal(["Provincie Groningen", "Provincie Fryslân", "Provincie Zeeland"], creators.Select(c => c.GetProperty("foaf:name").GetString()));

        Assert.Equal("http://publications.europa.eu/resource/authority/access-right/PUBLIC", Id(dcat.GetProperty("dct:accessRights")));

        var contact = Assert.Single(dcat.GetProperty("dcat:contactPoint").EnumerateArray());
        Assert.Equal("vcard:Kind", contact.GetProperty("@type").GetString());
        Assert.Equal("Servicedesk open data", contact.GetProperty("vcard:fn").GetString());
        Assert.Equal("mailto:opendata@example.nl", Id(contact.GetProperty("vcard:hasEmail")));

        var theme = Assert.Single(dcat.GetProperty("dcat:theme").EnumerateArray());
        Assert.Equal("http://publications.europa.eu/resource/authority/data-theme/ECON", Id(theme));
    }

    [Fact]
    public async Task Version_version_notes_and_dates_describe_the_release()
    {
        var dcat = await CatalogSamples.DcatAsync();
        Assert.Equal("1.1.0", dcat.GetProperty("dcat:version").GetString());
        Assert.Equal("1.1.0", dcat.GetProperty("owl:versionInfo").GetString());
        Assert.Contains("+1 −0 ~0", Text(dcat, "adms:versionNotes", "en"));
        Assert.Contains("+1 −1 ~0", Text(dcat, "adms:versionNotes", "nl"));
        Assert.Contains("Nieuwe scan Zeeland", Text(dcat, "adms:versionNotes", "nl"));
        foreach (var property in new[] { "dct:issued", "dct:modified" })
        {
            Assert.Equal("2025-03-14T08:26:53Z", dcat.GetProperty(property).GetProperty("@value").GetString());
            Assert.Equal("xsd:dateTime", dcat.GetProperty(property).GetProperty("@type").GetString());
        }

        var temporal = dcat.GetProperty("dct:temporal");
        Assert.Equal("2022-01-01", temporal.GetProperty("dcat:startDate").GetProperty("@value").GetString());
        Assert.Equal("2024-12-31", temporal.GetProperty("dcat:endDate").GetProperty("@value").GetString());
    }

    [Fact]
    public async Task A_first_release_has_no_previous_version_and_says_it_is_the_first()
    {
        var dcat = await CatalogSamples.DcatAsync(CatalogSamples.Release(previous: null, reason: null));
        Assert.False(dcat.TryGetProperty("dcat:previousVersion", out _));
        Assert.StartsWith("First release (1.1.0)", Text(dcat, "adms:versionNotes", "en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_data_file_has_one_distribution_with_url_licence_format_media_type_size_and_checksum()
    {
        var dcat = await CatalogSamples.DcatAsync();
        var distributions = dcat.GetProperty("dcat:distribution").EnumerateArray()
            .ToDictionary(d => Id(d.GetProperty("dcat:downloadURL"))[Release.Length..]);
        Assert.Equal(CatalogSamples.DataFiles.Select(f => f.Name).Order(StringComparer.Ordinal), distributions.Keys.Order(StringComparer.Ordinal));
        foreach (var file in CatalogSamples.DataFiles)
        {
            var d = distributions[file.Name];
            Assert.Equal("dcat:Distribution", d.GetProperty("@type").GetString());
            Assert.Equal(Release + file.Name, Id(d.GetProperty("dcat:accessURL")));
            Assert.Equal("http://creativecommons.org/licenses/by/4.0/", Id(d.GetProperty("dct:license")));
            Assert.StartsWith("http://publications.europa.eu/resource/authority/file-type/", Id(d.GetProperty("dct:format")), StringComparison.Ordinal);
            Assert.StartsWith("https://www.iana.org/assignments/media-types/", Id(d.GetProperty("dcat:mediaType")), StringComparison.Ordinal);
            Assert.Equal(file.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), d.GetProperty("dcat:byteSize").GetProperty("@value").GetString());
            Assert.Equal("xsd:nonNegativeInteger", d.GetProperty("dcat:byteSize").GetProperty("@type").GetString());
            var checksum = d.GetProperty("spdx:checksum");
            Assert.Equal("spdx:Checksum", checksum.GetProperty("@type").GetString());
            Assert.Equal("spdx:checksumAlgorithm_sha256", Id(checksum.GetProperty("spdx:algorithm")));
            Assert.Equal(file.Sha256, checksum.GetProperty("spdx:checksumValue").GetProperty("@value").GetString());
            Assert.NotEmpty(d.GetProperty("dct:title").EnumerateArray());
        }
    }

    [Theory]
    [InlineData("initiatives.csv", "CSV", "text/csv")]
    [InlineData("initiatives.parquet", "PARQUET", "application/vnd.apache.parquet")]
    [InlineData("provinces.geojson", "GEOJSON", "application/geo+json")]
    [InlineData("datapackage.json", "JSON", "application/json")]
    [InlineData("CHANGELOG.md", "TXT", "text/markdown")]
    public async Task Formats_come_from_the_eu_file_type_vocabulary_and_the_iana_registry(string file, string fileType, string mediaType)
    {
        var dcat = await CatalogSamples.DcatAsync();
        var d = dcat.GetProperty("dcat:distribution").EnumerateArray().Single(d => Id(d.GetProperty("dcat:downloadURL")) == Release + file);
        Assert.Equal("http://publications.europa.eu/resource/authority/file-type/" + fileType, Id(d.GetProperty("dct:format")));
        Assert.Equal("https://www.iana.org/assignments/media-types/" + mediaType, Id(d.GetProperty("dcat:mediaType")));
    }

    [Fact]
    public async Task The_map_page_is_the_landing_page_not_a_distribution()
    {
        var dcat = await CatalogSamples.DcatAsync();
        Assert.Equal(Release + "map/index.html", Id(dcat.GetProperty("dcat:landingPage")));
        Assert.False(CatalogFiles.Describes("map/data.js"));
        Assert.False(CatalogFiles.Describes("SHA256SUMS"));
        Assert.False(CatalogFiles.Describes(CatalogFiles.DcatFileName));
        Assert.False(CatalogFiles.Describes(CatalogFiles.SchemaOrgFileName));
    }

    private static string Id(JsonElement element) => element.GetProperty("@id").GetString()!;

    private static string Text(JsonElement element, string property, string language) =>
        element.GetProperty(property).EnumerateArray().Single(t => t.GetProperty("@language").GetString() == language).GetProperty("@value").GetString()!;

    // Every "prefix:" used in a property name or a compact IRI value.
    private static IEnumerable<string> Prefixes(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name != "@context")
                    {
                        if (!property.Name.StartsWith('@'))
                        {
                            yield return property.Name.Split(':')[0];
                        }

                        foreach (var prefix in Prefixes(property.Value))
                        {
                            yield return prefix;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var prefix in element.EnumerateArray().SelectMany(Prefixes))
                {
                    yield return prefix;
                }

                break;
            case JsonValueKind.String when element.GetString() is { } s && System.Text.RegularExpressions.Regex.IsMatch(s, "^[a-z]+:[A-Za-z]") && !s.StartsWith("mailto:", StringComparison.Ordinal):
                yield return s.Split(':')[0];
                break;
        }
    }
}
