using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Regioscan.Cli.Tests.Support;
using Regioscan.Core.Releases.Catalog;

namespace Regioscan.Cli.Tests.Docs;

/// <summary>The catalogue files of a demo release, end to end: listed and checksummed, and true to the files they describe.</summary>
[Collection(DemoReleaseForDocs.Name)]
public sealed class CatalogueInDemoReleaseTests(DemoStoreFixture demo)
{
    public static TheoryData<string> Versions => new() { "1.0.0", "1.1.0" };

    [Theory]
    [MemberData(nameof(Versions))]
    public void Both_catalogue_files_are_in_the_manifest_and_in_sha256sums(string version)
    {
        Assert.True(demo.Demo.ExitCode == 0, demo.Demo.Error);
        var folder = demo.Release(version);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        var sums = File.ReadAllLines(Path.Combine(folder, "SHA256SUMS")).Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        foreach (var name in new[] { CatalogFiles.DcatFileName, CatalogFiles.SchemaOrgFileName })
        {
            var sha = Sha256(Path.Combine(folder, name));
            Assert.Equal(sha, files[name].GetProperty("sha256").GetString());
            Assert.Equal(sha, sums[name]);
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_data_file_of_the_release_has_a_distribution_with_its_real_size_and_checksum(string version)
    {
        Assert.True(demo.Demo.ExitCode == 0, demo.Demo.Error);
        var folder = demo.Release(version);
        using var dcat = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, CatalogFiles.DcatFileName)));
        var releaseUrl = new Uri(Path.GetFullPath(folder) + "/").AbsoluteUri;
        Assert.Equal(releaseUrl, dcat.RootElement.GetProperty("dct:identifier").GetString());
        Assert.Equal(version, dcat.RootElement.GetProperty("dcat:version").GetString());

        var distributions = dcat.RootElement.GetProperty("dcat:distribution").EnumerateArray()
            .ToDictionary(d => d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()![releaseUrl.Length..]);
        var described = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(CatalogFiles.Describes).Where(n => n != "manifest.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(11, described.Count);
        Assert.Equal(described, distributions.Keys.Order(StringComparer.Ordinal));
        foreach (var name in described)
        {
            var d = distributions[name];
            var path = Path.Combine(folder, name);
            Assert.Equal(new FileInfo(path).Length.ToString(CultureInfo.InvariantCulture), d.GetProperty("dcat:byteSize").GetProperty("@value").GetString());
            Assert.Equal(Sha256(path), d.GetProperty("spdx:checksum").GetProperty("spdx:checksumValue").GetProperty("@value").GetString());
        }

        using var schemaOrg = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, CatalogFiles.SchemaOrgFileName)));
        Assert.Equal(
            described.Select(n => releaseUrl + n),
            schemaOrg.RootElement.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("contentUrl").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_second_release_links_the_first_as_its_previous_version()
    {
        Assert.True(demo.Demo.ExitCode == 0, demo.Demo.Error);
        using var dcat = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(demo.Release("1.1.0"), CatalogFiles.DcatFileName)));
        Assert.Equal(
            new Uri(Path.GetFullPath(demo.Release("1.0.0")) + "/").AbsoluteUri,
            dcat.RootElement.GetProperty("dcat:previousVersion").GetProperty("@id").GetString());
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
