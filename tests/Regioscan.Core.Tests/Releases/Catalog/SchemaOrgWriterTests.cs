using System.Text.Json;

namespace Regioscan.Core.Tests.Releases.Catalog;

/// <summary>schema-org.jsonld: what Google Dataset Search reads.</summary>
public sealed class SchemaOrgWriterTests
{
    private const string Release = "https://data.example.nl/regioscan/releases/v1.1.0/";

    [Fact]
    public async Task The_dataset_has_its_names_description_version_dates_and_licence()
    {
        var org = await CatalogSamples.SchemaOrgAsync();
        Assert.Equal("https://schema.org/", org.GetProperty("@context").GetString());
        Assert.Equal("Dataset", org.GetProperty("@type").GetString());
        Assert.Equal("Regioscan Digitalisering MKB", org.GetProperty("name").GetString());
        Assert.Equal("Regional scan of SME digitalisation support", org.GetProperty("alternateName").GetString());
        Assert.InRange(org.GetProperty("description").GetString()!.Length, 50, 5000);
        Assert.Equal(Release + "map/index.html", org.GetProperty("url").GetString());
        Assert.Equal("1.1.0", org.GetProperty("version").GetString());
        Assert.Equal("2025-03-14T08:26:53Z", org.GetProperty("datePublished").GetString());
        Assert.Equal("2025-03-14T08:26:53Z", org.GetProperty("dateModified").GetString());
        Assert.Equal("http://creativecommons.org/licenses/by/4.0/", org.GetProperty("license").GetString());
        Assert.True(org.GetProperty("isAccessibleForFree").GetBoolean());
        Assert.Contains("mkb", org.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Creators_are_the_provinces_and_the_publisher_is_the_configured_organisation()
    {
        var org = await CatalogSamples.SchemaOrgAsync();
        Assert.Equal(
            ["Provincie Groningen", "Provincie Fryslân", "Provincie Zeeland"],
            org.GetProperty("creator").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.All(org.GetProperty("creator").EnumerateArray(), c => Assert.Equal("Organization", c.GetProperty("@type").GetString()));
        var publisher = org.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("Interprovinciaal Overleg", publisher.GetProperty("name").GetString());
        Assert.Equal("https://example.nl/org/ipo", publisher.GetProperty("url").GetString());
        Assert.Equal("opendata@example.nl", publisher.GetProperty("contactPoint").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Coverage_is_the_netherlands_and_the_reach_years()
    {
        var org = await CatalogSamples.SchemaOrgAsync();
        var place = org.GetProperty("spatialCoverage");
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        Assert.Equal("Nederland", place.GetProperty("name").GetString());
        var box = place.GetProperty("geo").GetProperty("box").GetString()!.Split(' ').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(box[0] < 51 && box[2] > 53 && box[1] < 4 && box[3] > 7, "box is south west north east around the Netherlands");
        Assert.Equal("2022/2024", org.GetProperty("temporalCoverage").GetString());
    }

    [Fact]
    public async Task Every_data_file_is_a_data_download_with_its_format_and_url()
    {
        var org = await CatalogSamples.SchemaOrgAsync();
        var downloads = org.GetProperty("distribution").EnumerateArray().ToDictionary(d => d.GetProperty("contentUrl").GetString()![Release.Length..]);
        Assert.Equal(CatalogSamples.DataFiles.Select(f => f.Name).Order(StringComparer.Ordinal), downloads.Keys.Order(StringComparer.Ordinal));
        foreach (var file in CatalogSamples.DataFiles)
        {
            var d = downloads[file.Name];
            Assert.Equal("DataDownload", d.GetProperty("@type").GetString());
            Assert.Contains('/', d.GetProperty("encodingFormat").GetString()!);
            Assert.Equal(file.Sha256, d.GetProperty("sha256").GetString());
            Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("name").GetString()));
        }

        Assert.Equal("application/vnd.apache.parquet", downloads["initiatives.parquet"].GetProperty("encodingFormat").GetString());
    }

    [Fact]
    public async Task Without_reach_years_there_is_no_temporal_coverage()
    {
        var org = await CatalogSamples.SchemaOrgAsync(CatalogSamples.Release() with { ReachYears = null });
        Assert.False(org.TryGetProperty("temporalCoverage", out _));
    }
}
