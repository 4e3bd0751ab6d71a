using Regioscan.Core.Releases.Metadata;

namespace Regioscan.Core.Tests.Releases.Metadata;

public sealed class ReleaseVersionTests
{
    [Theory]
    [InlineData("1.2.3", 1, 2, 3)]
    [InlineData("v10.0.7", 10, 0, 7)]
    public void Versions_parse_with_or_without_v(string text, int major, int minor, int patch) =>
        Assert.Equal(new ReleaseVersion(major, minor, patch), ReleaseVersion.Parse(text));

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.2.x")]
    [InlineData("-1.0.0")]
    [InlineData("")]
    public void Malformed_versions_are_rejected(string text) =>
        Assert.False(ReleaseVersion.TryParse(text, out _));

    [Fact]
    public void Schema_change_bumps_major_and_resets_the_rest() =>
        Assert.Equal("2.0.0", new ReleaseVersion(1, 4, 2).Next(schemaChanged: true, recordsAddedOrRemoved: true).ToString());

    [Fact]
    public void Added_or_removed_records_bump_minor() =>
        Assert.Equal("1.5.0", new ReleaseVersion(1, 4, 2).Next(schemaChanged: false, recordsAddedOrRemoved: true).ToString());

    [Fact]
    public void Value_changes_bump_patch() =>
        Assert.Equal("1.4.3", new ReleaseVersion(1, 4, 2).Next(schemaChanged: false, recordsAddedOrRemoved: false).ToString());

    [Fact]
    public void Versions_order_numerically_not_as_text()
    {
        Assert.True(ReleaseVersion.Parse("1.10.0") > ReleaseVersion.Parse("1.9.0"));
        Assert.Equal("v1.10.0", ReleaseVersion.Parse("1.10.0").FolderName);
    }
}
