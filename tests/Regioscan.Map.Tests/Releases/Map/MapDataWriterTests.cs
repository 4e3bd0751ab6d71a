using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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

    /// <summary>The provinces of <see cref="SampleRelease"/>, not in code order.</summary>
    private static readonly string[] Scanned = ["PV30", "PV20", "PV28", "PV26"];

    private static string WriteText(ReleaseTables tables, byte[]? provinces = null)
    {
        using var stream = new MemoryStream();
        MapDataWriter.Write(tables, new ReleaseMapContext("1.4.2", PublishedAt, provinces ?? Provinces, Scanned), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonDocument Parse(string script)
    {
        Assert.StartsWith(Prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[Prefix.Length..^2]);
    }

    /// <summary>
    /// A table of the file as objects by field name, read the way the page reads it (<c>readTable</c> in
    /// web/map/src/model.js): each row's values in column order, a coded column's values as positions in the file's
    /// code list.
    /// </summary>
    private static List<JsonObject> Table(JsonDocument data, string name)
    {
        var root = JsonNode.Parse(data.RootElement.GetRawText())!;
        var table = root[name]!;
        var columns = table["columns"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        var coded = table["codes"]!.AsObject();
        JsonNode? Decode(string column, JsonNode? value)
        {
            if (value is null || coded[column] is not { } list)
            {
                return value?.DeepClone();
            }

            var codes = root["codelists"]![list.GetValue<string>()]!.AsArray();
            JsonNode? Code(JsonNode item) => item.GetValueKind() == JsonValueKind.Number
                ? codes[item.GetValue<int>()]!["code"]!.DeepClone()
                : item.DeepClone();
            return value is JsonArray items ? new JsonArray(items.Select(i => Code(i!)).ToArray()) : Code(value);
        }

        return table["rows"]!.AsArray()
            .Select(row => new JsonObject(columns.Select((c, i) => KeyValuePair.Create(c, Decode(c, row![i])))))
            .ToList();
    }

    private static string? Text(JsonObject row, string field) => row[field]?.GetValue<string>();

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
    public void The_provinces_with_a_scan_in_the_release_are_listed_in_code_order()
    {
        using var data = Parse(WriteText(SampleRelease.Build()));

        Assert.Equal(["PV20", "PV26", "PV28", "PV30"], data.RootElement.GetProperty("scanned").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Every_initiative_and_activity_is_written_in_id_order_with_its_initiative_id()
    {
        var tables = SampleRelease.Build();
        using var data = Parse(WriteText(tables));
        var initiatives = Table(data, "initiatives");
        var activities = Table(data, "activities");

        Assert.Equal(tables.Initiatives.Select(i => i.Initiative.InitiativeId), initiatives.Select(i => Text(i, "initiative_id")));
        Assert.Equal(tables.Activities.Select(a => a.ActivityId), activities.Select(a => Text(a, "activity_id")));
        Assert.Equal(tables.Activities.Select(a => a.InitiativeId), activities.Select(a => Text(a, "initiative_id")));
        foreach (var initiative in initiatives)
        {
            var id = Text(initiative, "initiative_id");
            Assert.Equal(initiative["activity_count"]!.GetValue<long>(), activities.Count(a => Text(a, "initiative_id") == id));
        }
    }

    [Fact]
    public void Fields_are_the_published_columns_with_their_values()
    {
        var tables = SampleRelease.Build();
        using var data = Parse(WriteText(tables));
        var utrecht = Table(data, "initiatives")[3];
        var ai = Table(data, "activities").First(a => Text(a, "initiative_id") == Text(utrecht, "initiative_id"));

        Assert.All(utrecht.Select(p => p.Key), n => Assert.Contains(PublishedSchema.Initiatives, c => c.Name == n));
        Assert.All(ai.Select(p => p.Key), n => Assert.Contains(PublishedSchema.Activities, c => c.Name == n));
        Assert.Equal("AI-lab Utrecht", Text(utrecht, "name"));
        Assert.Equal(["provincie", "kvk"], utrecht["providers"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(tables.Initiatives[3].Initiative.ServiceArea, Text(utrecht, "service_area"));
        Assert.Equal(52.10, utrecht["latitude"]!.GetValue<double>());
        Assert.Equal(140, utrecht["reach_per_year"]!.GetValue<long>());
        Assert.Null(utrecht["end_year"]);
        Assert.Equal(["ai", "data"], ai["digitalisation_forms"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(2024, ai["reach_year"]!.GetValue<int>());
    }

    [Fact]
    public void Rows_are_value_arrays_and_codes_are_positions_in_the_files_code_lists()
    {
        var tables = SampleRelease.Build();
        using var data = Parse(WriteText(tables));
        var activities = data.RootElement.GetProperty("activities");
        var columns = activities.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        var forms = columns.IndexOf("digitalisation_forms");
        var type = columns.IndexOf("activity_type");
        var list = CodeListCatalog.Default[activities.GetProperty("codes").GetProperty("digitalisation_forms").GetString()!];

        Assert.Equal(CodeListNames.DigitalisationForm, list.Name);
        Assert.Equal(CodeListNames.ActivityType, activities.GetProperty("codes").GetProperty("activity_type").GetString());
        Assert.False(activities.GetProperty("codes").TryGetProperty("name", out _));
        var rows = activities.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(tables.Activities.Count, rows.Count);
        foreach (var (row, activity) in rows.Zip(tables.Activities))
        {
            Assert.Equal(JsonValueKind.Array, row.ValueKind);
            Assert.Equal(columns.Count, row.GetArrayLength());
            Assert.Equal(activity.DigitalisationForms.Select(list.IndexOf), row[forms].EnumerateArray().Select(p => p.GetInt32()));
            Assert.Equal(CodeListCatalog.Default[CodeListNames.ActivityType].IndexOf(activity.ActivityType), row[type].GetInt32());
        }
    }

    [Fact]
    public void A_code_missing_from_its_list_is_written_as_its_text()
    {
        var tables = SampleRelease.Build();
        var odd = tables.Activities[0] with { DigitalisationForms = ["ai", "hologrammen"], ActivityType = "workshopreeks" };
        using var data = Parse(WriteText(tables with { Activities = [odd, .. tables.Activities.Skip(1)] }));
        var activities = data.RootElement.GetProperty("activities");
        var columns = activities.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        var row = activities.GetProperty("rows")[0];

        var forms = row[columns.IndexOf("digitalisation_forms")];
        Assert.Equal(CodeListCatalog.Default[CodeListNames.DigitalisationForm].IndexOf("ai"), forms[0].GetInt32());
        Assert.Equal("hologrammen", forms[1].GetString());
        Assert.Equal("workshopreeks", row[columns.IndexOf("activity_type")].GetString());
        var decoded = Table(data, "activities")[0];
        Assert.Equal(["ai", "hologrammen"], decoded["digitalisation_forms"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("workshopreeks", Text(decoded, "activity_type"));
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
        Assert.Equal(SampleRelease.HackName, Text(Table(data, "initiatives")[2], "name"));
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
            SampleRelease.Build(), new ReleaseMapContext("1.0.0", PublishedAt, "not json"u8.ToArray(), Scanned), stream));
    }
}
