using Regioscan.Core.Releases.Catalog;

namespace Regioscan.Functions.Tests;

public sealed class CatalogSettingsPreconditionTests
{
    private const string RealEmail = "opendata@regioscan.nl";
    private const string RealBaseUrl = "https://regioscanpubabc123.blob.core.windows.net/";
    private const string EmailSetting = "Regioscan__Catalog__ContactEmail";
    private const string BaseUrlSetting = "Regioscan__Catalog__BaseUrl";

    [Fact]
    public void The_example_defaults_are_refused_naming_both_settings_and_the_bicep_parameters()
    {
        var refusal = new CatalogSettingsPrecondition(new ReleaseMetadataOptions()).Refusal();

        Assert.NotNull(refusal);
        Assert.StartsWith("Publishing refused: ", refusal, StringComparison.Ordinal);
        Assert.Contains($"{EmailSetting} is 'opendata@example.org'", refusal, StringComparison.Ordinal);
        Assert.Contains("catalogContactEmail", refusal, StringComparison.Ordinal);
        Assert.Contains($"{BaseUrlSetting} is 'https://example.org/regioscan/'", refusal, StringComparison.Ordinal);
        Assert.Contains("catalogBaseUrl", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opendata@example.org", RealBaseUrl, EmailSetting, BaseUrlSetting)]
    [InlineData("OpenData@Example.COM", RealBaseUrl, EmailSetting, BaseUrlSetting)]
    [InlineData("opendata@mail.example.net", RealBaseUrl, EmailSetting, BaseUrlSetting)]
    [InlineData("opendata@replace-me.invalid", RealBaseUrl, EmailSetting, BaseUrlSetting)]
    [InlineData("opendata@organisation.example", RealBaseUrl, EmailSetting, BaseUrlSetting)]
    [InlineData("opendata@", RealBaseUrl, EmailSetting, BaseUrlSetting)]
    [InlineData("no address", RealBaseUrl, EmailSetting, BaseUrlSetting)]
    [InlineData("", RealBaseUrl, EmailSetting, BaseUrlSetting)]
    [InlineData(RealEmail, "https://example.org/regioscan/", BaseUrlSetting, EmailSetting)]
    [InlineData(RealEmail, "https://cdn.example.com/", BaseUrlSetting, EmailSetting)]
    [InlineData(RealEmail, "https://data.regioscan.invalid/", BaseUrlSetting, EmailSetting)]
    public void A_placeholder_is_refused_naming_its_setting_only(string email, string baseUrl, string named, string notNamed)
    {
        var refusal = Refusal(email, baseUrl);

        Assert.NotNull(refusal);
        Assert.Contains(named, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(notNamed, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RealEmail, RealBaseUrl)]
    [InlineData("open-data@notexample.org", "https://data.notexample.com/regioscan/")]
    [InlineData("opendata@example.org.nl", "http://127.0.0.1:10000/devstoreaccount1/")]
    public void Real_looking_settings_may_publish(string email, string baseUrl)
    {
        Assert.Null(Refusal(email, baseUrl));
    }

    private static string? Refusal(string email, string baseUrl) =>
        new CatalogSettingsPrecondition(new ReleaseMetadataOptions { BaseUrl = new Uri(baseUrl), ContactEmail = email }).Refusal();
}
