using Regioscan.Core.Geography;

namespace Regioscan.Core.Tests.Geography;

/// <summary>The spellings of a province that a scan's <c>provincie</c> column accepts (DESIGN: any common spelling).</summary>
public sealed class ProvincesTests
{
    [Theory]
    [InlineData("PV20", "PV20")]
    [InlineData("Groningen", "PV20")]
    [InlineData("Provincie Groningen", "PV20")]
    [InlineData("provincie groningen", "PV20")]
    [InlineData("Prov. Groningen", "PV20")]
    [InlineData("Provincie Fryslân", "PV21")]
    [InlineData("Provincie Friesland", "PV21")]
    [InlineData("Provincie Noord-Brabant", "PV30")]
    [InlineData("Prov. Noord Brabant", "PV30")]
    [InlineData("provincie Zuid-Holland", "PV28")]
    public void A_province_is_found_by_its_name_as_it_calls_itself(string text, string code) =>
        Assert.Equal(code, Provinces.Find(text)?.Code);

    [Theory]
    [InlineData("Provincie")]
    [InlineData("Provincie Nederland")]
    [InlineData("Gemeente Groningen")]
    [InlineData("provinciePV20")]
    public void Other_text_is_no_province(string text) => Assert.Null(Provinces.Find(text));
}
