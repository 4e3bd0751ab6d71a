using System.Text;
using Regioscan.Core.Releases.Map;

namespace Regioscan.Map.Tests.Releases.Map;

public sealed class MapBundleTests
{
    private static string Read(string name)
    {
        using var stream = MapBundle.Open(name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_page_loads_its_style_data_and_script_by_relative_path()
    {
        var html = Read("index.html");

        Assert.Contains("""href="map.css""", html, StringComparison.Ordinal);
        Assert.True(
            html.IndexOf("""src="data.js""", StringComparison.Ordinal) is var data and > 0
            && data < html.IndexOf("""src="map.js""", StringComparison.Ordinal),
            "index.html must load data.js before map.js");
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bundled_file_is_embedded_and_not_empty()
    {
        Assert.Equal(["index.html", "map.css", "map.js"], MapBundle.FileNames);
        Assert.All(MapBundle.FileNames, name => Assert.True(Read(name).Length > 1000, name));
    }

    [Fact]
    public void A_file_outside_the_bundle_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MapBundle.Open("data.js"));
    }
}
