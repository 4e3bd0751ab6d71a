using Regioscan.Core.Harmonisation;

namespace Regioscan.Core.Tests.Harmonisation;

public sealed class WebAddressTests
{
    [Theory]
    [InlineData("https://www.example.nl", "https://www.example.nl")]
    [InlineData("http://example.nl/pagina?id=1", "http://example.nl/pagina?id=1")]
    [InlineData(" HTTPS://Example.nl ", "HTTPS://Example.nl")]
    public void A_full_address_is_kept_as_written(string text, string expected)
    {
        Assert.Equal(expected, WebAddress.Normalise(text, out var added));
        Assert.False(added);
    }

    [Theory]
    [InlineData("www.x.nl", "https://www.x.nl")]
    [InlineData("digitalewerkpleats.frl/over-ons", "https://digitalewerkpleats.frl/over-ons")]
    public void A_bare_host_name_gets_https(string text, string expected)
    {
        Assert.Equal(expected, WebAddress.Normalise(text, out var added));
        Assert.True(added);
    }

    [Theory]
    [InlineData("zie onze site")]
    [InlineData("ftp://example.nl")]
    [InlineData("https://localhost")]
    [InlineData("mailto:info@example.nl")]
    [InlineData("info@example.nl")]
    [InlineData("nvt")]
    public void Other_text_is_not_a_web_address(string text)
    {
        Assert.Null(WebAddress.Normalise(text, out _));
    }
}
