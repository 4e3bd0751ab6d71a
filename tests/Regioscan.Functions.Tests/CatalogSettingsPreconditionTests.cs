using Regioscan.Core.Releases.Catalog;

namespace Regioscan.Functions.Tests;

public sealed class CatalogSettingsPreconditionTests
{
    private static readonly Uri PublicEndpoint = new("https://regioscanpubabc123.blob.core.windows.net/");

    [Fact]
    public void The_example_defaults_are_refused_naming_both_settings_and_the_bicep_parameters()
    {
        var refusal = new CatalogSettingsPrecondition(new ReleaseMetadataOptions()).Refusal();

        Assert.NotNull(refusal);
        Assert.StartsWith("Publishing refused: ", refusal, StringComparison.Ordinal);
        Assert.Contains("Regioscan__Catalog__ContactEmail is 'opendata@example.org'", refusal, StringComparison.Ordinal);
        Assert.Contains("catalogContactEmail", refusal, StringComparison.Ordinal);
        Assert.Contains("Regioscan__Catalog__BaseUrl is 'https://example.org/regioscan/'", refusal, StringComparison.Ordinal);
        Assert.Contains("catalogBaseUrl", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opendata@example.org")]
    [InlineData("OpenData@Example.COM")]
    [InlineData("opendata@mail.example.net")]
    [InlineData("opendata@replace-me.invalid")]
    [InlineData("opendata@organisation.example")]
    [InlineData("opendata@")]
    [InlineData("no address")]
    [InlineData("")]
    public void A_placeholder_contact_address_is_refused(string email)
    {
        var refusal = new CatalogSettingsPrecondition(new ReleaseMetadataOptions { BaseUrl = PublicEndpoint, ContactEmail = email }).Refusal();

        Assert.NotNull(refusal);
        Assert.Contains("Regioscan__Catalog__ContactEmail", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("Regioscan__Catalog__BaseUrl", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/regioscan/")]
    [InlineData("https://cdn.example.com/")]
    [InlineData("https://data.regioscan.invalid/")]
    public void A_placeholder_base_url_is_refused(string baseUrl)
    {
        var refusal = new CatalogSettingsPrecondition(new ReleaseMetadataOptions { BaseUrl = new Uri(baseUrl), ContactEmail = "opendata@regioscan.nl" }).Refusal();

        Assert.NotNull(refusal);
        Assert.Contains("Regioscan__Catalog__BaseUrl", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("Regioscan__Catalog__ContactEmail", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opendata@regioscan.nl", "https://regioscanpubabc123.blob.core.windows.net/")]
    [InlineData("open-data@notexample.org", "https://data.notexample.com/regioscan/")]
    [InlineData("opendata@example.org.nl", "http://127.0.0.1:10000/devstoreaccount1/")]
    public void Real_looking_settings_may_publish(string email, string baseUrl)
    {
        Assert.Null(new CatalogSettingsPrecondition(new ReleaseMetadataOptions { BaseUrl = new Uri(baseUrl), ContactEmail = email }).Refusal());
    }
}
