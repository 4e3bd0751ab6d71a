namespace Regioscan.Storage.Tests;

public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("scan.csv")]
    [InlineData("PV20/3f9a/report.json")]
    [InlineData("v1.2.0/SHA256SUMS")]
    [InlineData("PV20/Scan Provincie Utrecht (def).xlsx")]
    [InlineData("...dots/a..b")]
    [InlineData(".gitkeep")]
    public void Ordinary_names_are_accepted(string name)
    {
        BlobNames.ValidateName(name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PV2")]
    [InlineData("PV20/")]
    [InlineData("PV20/u1/s")]
    [InlineData("locks/")]
    public void Prefixes_may_end_anywhere(string prefix)
    {
        BlobNames.ValidatePrefix(prefix);
    }

    [Fact]
    public void The_message_of_a_rejected_name_shows_control_characters_escaped()
    {
        var error = Assert.Throws<ArgumentException>(() => BlobNames.ValidateName("a\u0007b"));

        Assert.Contains("a\\u0007b", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uploads", true)]
    [InlineData("t3f9a1c2e-quarantine", true)]
    [InlineData("ab", false)]
    [InlineData("Uploads", false)]
    [InlineData("a--b", false)]
    [InlineData("upload-", false)]
    public void Container_names_follow_azure_rules(string container, bool valid)
    {
        Assert.Equal(valid, BlobNames.IsValidContainerName(container));
    }
}
