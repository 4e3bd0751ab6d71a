using System.Text;
using System.Text.Json;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Map;
using Regioscan.Core.Schema;

namespace Regioscan.Map.Tests.Releases.Map;

public sealed class MapDataWriterTests
{
    private const string Prefix = "window.REGIOSCAN_DATA = ";

    private static readonly byte[] Provinces = Encoding.UTF8.GetBytes(
        """{"type":"FeatureCollection","features":[{"type":"Feature","id":"PV26","properties":{"statcode":"PV26","statnaam":"Utrecht </script><script>alert(3)</script>"},"geometry":{"type":"Point","coordinates":[5.16,52.08]}}]}""");

    private static readonly DateTimeOffset PublishedAt = new(2026, 11, 26, 12, 30, 0, TimeSpan.Zero);

    private static string WriteText(ReleaseTables tables, byte[]? provinces = null)
    {
        using var stream = new MemoryStream();
        MapDataWriter.Write(tables, new ReleaseMapContext("1.4.2", PublishedAt, provinces ?? Provinces), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonDocument Parse(string script)
    {
        Assert.StartsWith(Prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[Prefix.Length..^2]);
    }

    [Fact]
    public void Data_js_assigns_one_json_object_with_the_release_header()
    {
        using var data = Parse(WriteText(SampleRelease.Build()));
        var root = data.RootElement;

        Assert.Equal("1.4.2", root.GetProperty("version").GetString());
        Assert.Equal(PublishedAt, root.GetProperty("published_at").GetDateTimeOffset());
        Assert.Equal("../CHANGELOG.md", root.GetProperty("changelog").GetString());
    }

    [Fact]
    public void Every_initiative_and_activity_is_written_in_id_order_with_its_initiative_id()
    {
        var tables = SampleRelease.Build();
        using var data = Parse(WriteText(tables));
        var initiatives = data.RootElement.GetProperty("initiatives").EnumerateArray().ToList();
        var activities = data.RootElement.GetProperty("activities").EnumerateArray().ToList();

        Assert.Equal(tables.Initiatives.Select(i => i.Initiative.InitiativeId), initiatives.Select(i => i.GetProperty("initiative_id").GetString()));
        Assert.Equal(tables.Activities.Select(a => a.ActivityId), activities.Select(a => a.GetProperty("activity_id").GetString()));
        Assert.Equal(tables.Activities.Select(a => a.InitiativeId), activities.Select(a => a.GetProperty("initiative_id").GetString()));
        foreach (var initiative in initiatives)
        {
            var id = initiative.GetProperty("initiative_id").GetString();
            Assert.Equal(initiative.GetProperty("activity_count").GetInt64(), activities.Count(a => a.GetProperty("initiative_id").GetString() == id));
        }
    }

    [Fact]
    public void Fields_are_the_published_columns_with_their_values()
    {
        var tables = SampleRelease.Build();
        using var data = Parse(WriteText(tables));
        var utrecht = data.RootElement.GetProperty("initiatives")[3];
        var ai = data.RootElement.GetProperty("activities").EnumerateArray()
            .First(a => a.GetProperty("initiative_id").GetString() == utrecht.GetProperty("initiative_id").GetString());

        var initiativeNames = utrecht.EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(initiativeNames, n => Assert.Contains(PublishedSchema.Initiatives, c => c.Name == n));
        Assert.All(ai.EnumerateObject().Select(p => p.Name), n => Assert.Contains(PublishedSchema.Activities, c => c.Name == n));
        Assert.Equal("AI-lab Utrecht", utrecht.GetProperty("name").GetString());
        Assert.Equal(["provincie", "kvk"], utrecht.GetProperty("providers").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(52.10, utrecht.GetProperty("latitude").GetDouble());
        Assert.Equal(140, utrecht.GetProperty("reach_per_year").GetInt64());
        Assert.Equal(JsonValueKind.Null, utrecht.GetProperty("end_year").ValueKind);
        Assert.Equal(["ai", "data"], ai.GetProperty("digitalisation_forms").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(2024, ai.GetProperty("reach_year").GetInt32());
    }

    [Fact]
    public void Markup_and_line_separators_in_text_cannot_break_out_of_the_script()
    {
        var script = WriteText(SampleRelease.Build());

        Assert.DoesNotContain("<script", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</", script, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2028', script);
        Assert.Contains(@"Hack \u003Cscript\u003Ealert(1)\u003C/script\u003E test", script, StringComparison.Ordinal);
        using var data = Parse(script);
        Assert.Equal(SampleRelease.HackName, data.RootElement.GetProperty("initiatives")[2].GetProperty("name").GetString());
    }

    [Fact]
    public void Contact_fields_are_never_written()
    {
        var script = WriteText(SampleRelease.Build());

        Assert.DoesNotContain("contact", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jan", script, StringComparison.Ordinal);
        Assert.DoesNotContain("06-1234567", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_lists_carry_every_code_with_its_dutch_and_english_label()
    {
        using var data = Parse(WriteText(SampleRelease.Build()));
        var lists = data.RootElement.GetProperty("codelists");

        foreach (var list in CodeListCatalog.Default.Lists)
        {
            var written = lists.GetProperty(list.Name).EnumerateArray()
                .Select(c => (c.GetProperty("code").GetString()!, c.GetProperty("nl").GetString()!, c.GetProperty("en").GetString()!));
            Assert.Equal(list.Codes.Select(c => (c.Value, c.LabelNl, c.LabelEn)), written);
        }
    }

    [Fact]
    public void Provinces_geojson_is_the_base_layer_with_its_text_escaped_too()
    {
        var script = WriteText(SampleRelease.Build());
        using var data = Parse(script);
        var feature = data.RootElement.GetProperty("provinces").GetProperty("features")[0];

        Assert.Equal("Utrecht </script><script>alert(3)</script>", feature.GetProperty("properties").GetProperty("statnaam").GetString());
        Assert.Equal(5.16, feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
    }

    [Fact]
    public void A_release_without_provinces_geojson_gets_null_as_base_layer()
    {
        using var data = Parse(WriteText(SampleRelease.Build(), []));

        Assert.Equal(JsonValueKind.Null, data.RootElement.GetProperty("provinces").ValueKind);
    }

    [Fact]
    public void Provinces_that_are_not_json_are_refused()
    {
        using var stream = new MemoryStream();

        Assert.ThrowsAny<JsonException>(() => MapDataWriter.Write(
            SampleRelease.Build(), new ReleaseMapContext("1.0.0", PublishedAt, "not json"u8.ToArray()), stream));
    }
}
