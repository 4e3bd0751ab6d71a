using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Tests.Demo;
using Regioscan.Core.Tests.Validation;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Releases.Staging;

/// <summary>
/// The staged rows' own reader against the serializer's generated metadata, which read the same lines before it: both
/// must make the same row from every line, and the reader must refuse what the serializer refuses.
/// </summary>
public sealed class StagedRowReaderTests
{
    private static readonly Lazy<ReleaseTables> Demo = new(() =>
    {
        var validator = new ScanValidator(ValidationOptions.Default, new FixedTimeProvider());
        return NationalMerge.Merge(DemoData.Dataset.FirstRound.Select(upload =>
        {
            using var content = new MemoryStream(upload.Content);
            return validator.Validate(content, upload.FileName, upload.ProvinceCode, CancellationToken.None).Scan!;
        }));
    });

    [Fact]
    public void Every_demo_row_reads_as_the_serializer_reads_it()
    {
        var tables = Demo.Value;
        Assert.True(tables.Activities.Count > 500, $"only {tables.Activities.Count} activities");

        foreach (var activity in tables.Activities)
        {
            var line = StagedScanJson.Activities.Serialize(activity);
            AssertSameRow(line, StagedRowReader.ReadActivity(line), StagedScanJsonContext.Default.Activity, StagedScanJson.Activities);
        }

        foreach (var initiative in tables.Initiatives)
        {
            var line = StagedScanJson.Initiatives.Serialize(initiative);
            AssertSameRow(line, StagedRowReader.ReadPublishedInitiative(line), StagedScanJsonContext.Default.PublishedInitiative, StagedScanJson.Initiatives);
        }
    }

    [Fact]
    public void Every_optional_field_empty_and_every_field_filled_both_read_back()
    {
        var full = ReleaseSamples.Tables().Initiatives[0];
        full = full with
        {
            Initiative = full.Initiative with
            {
                SourceId = "GR-1", Description = "Tekst met \"aanhalingstekens\", een \\ en\nregels", Website = "https://example.nl/a?b=c&d=é",
                MunicipalityCode = "GM0014", MunicipalityName = "Groningen", LeadOrganisation = "KVK", Funding = "structureel",
                PolicyRationale = ["geen_expliciete"], StartYear = 2019, EndYear = 2030, Latitude = 53.2194, Longitude = 6.5665,
                ContactPerson = "Anna de Vries", ContactEmail = "anna@example.nl", ContactPhone = "050 123 4567",
            },
            ReachPerYear = 12_345_678_901,
        };
        var bare = full with
        {
            Initiative = full.Initiative with
            {
                SourceId = null, Description = null, Website = null, MunicipalityCode = null, MunicipalityName = null, LeadOrganisation = null,
                Funding = null, PolicyRationale = [], StartYear = null, EndYear = null, Latitude = null, Longitude = null,
                ContactPerson = null, ContactEmail = null, ContactPhone = null,
            },
            ReachPerYear = null,
        };
        var activity = ReleaseSamples.Tables().Activities[0];
        var fullActivity = activity with { SourceId = "A-1", Sectors = ["bouw", "horeca"], ReachPerYear = 5_000_000_000, ReachYear = 2024, ImpactMeasurement = "effect" };
        var bareActivity = activity with { SourceId = null, Sectors = [], ReachPerYear = null, ReachYear = null, ImpactMeasurement = null };

        foreach (var row in new[] { full, bare })
        {
            var line = StagedScanJson.Initiatives.Serialize(row);
            AssertSameRow(line, StagedRowReader.ReadPublishedInitiative(line), StagedScanJsonContext.Default.PublishedInitiative, StagedScanJson.Initiatives);
        }

        foreach (var row in new[] { fullActivity, bareActivity })
        {
            var line = StagedScanJson.Activities.Serialize(row);
            AssertSameRow(line, StagedRowReader.ReadActivity(line), StagedScanJsonContext.Default.Activity, StagedScanJson.Activities);
        }
    }

    [Fact]
    public void Properties_in_another_order_escaped_or_unknown_read_as_the_serializer_reads_them()
    {
        var line = """
            {"bottlenecks":["tijd"],"future_field":{"a":[1,2,{"b":null}]},"name":"Caf\u00e9 digitaal","activity_id":"PV21-x.a1",
             "province_code":"PV21","initiative_id":"PV21-x","activity_type":"advi\u0065s","target_groups":["zzp","micro"],
             "digitalisation_forms":["data"],"source_id":null,"reach_per_year":12,"sectors":[]}
            """u8.ToArray();

        var row = StagedRowReader.ReadActivity(line);

        Assert.Equal(("PV21-x.a1", "Café digitaal", "advies", (string?)null), (row.ActivityId, row.Name, row.ActivityType, row.SourceId));
        Assert.Empty(row.Sectors);
        var bySerializer = JsonSerializer.Deserialize(line, StagedScanJsonContext.Default.Activity)!;
        Assert.Equal(Encoding.UTF8.GetString(StagedScanJson.Activities.Serialize(bySerializer)), Encoding.UTF8.GetString(StagedScanJson.Activities.Serialize(row)));
    }

    [Fact]
    public void A_required_field_that_is_null_is_refused_where_the_serializer_let_it_through()
    {
        // The serializer checks that a required property is there, not that it holds a value: it made a row without a name.
        var line = """{"activity_id":"a","initiative_id":"PV21-x","province_code":"PV21","name":null,"activity_type":"advies","target_groups":[],"digitalisation_forms":[],"bottlenecks":[]}"""u8.ToArray();
        Assert.Null(JsonSerializer.Deserialize(line, StagedScanJsonContext.Default.Activity)!.Name);

        var error = Assert.Throws<JsonException>(() => StagedScanJson.Activities.Parse(line, 9));

        Assert.Contains("\"name\" is missing or null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_list_that_is_null_or_missing_reads_as_empty()
    {
        // The serializer made null of both, in a property declared never null; staged lines always carry the list.
        var withNull = """{"activity_id":"a","initiative_id":"PV21-x","province_code":"PV21","name":"n","activity_type":"advies","target_groups":[],"sectors":null,"digitalisation_forms":[],"bottlenecks":[]}"""u8;
        var without = """{"activity_id":"a","initiative_id":"PV21-x","province_code":"PV21","name":"n","activity_type":"advies","target_groups":[],"digitalisation_forms":[],"bottlenecks":[]}"""u8;

        Assert.Empty(StagedRowReader.ReadActivity(withNull).Sectors);
        Assert.Empty(StagedRowReader.ReadActivity(without).Sectors);
    }

    [Theory]
    [InlineData("""{"initiative_id":"PV21-x","province_code":"PV21","name":"n","activity_type":"advies","target_groups":[],"digitalisation_forms":[],"bottlenecks":[]}""", "activity_id")]
    [InlineData("""{"activity_id":"a","initiative_id":"PV21-x","province_code":"PV21","name":"n","activity_type":"advies","target_groups":"zzp","digitalisation_forms":[],"bottlenecks":[]}""", "StartArray")]
    [InlineData("""{"activity_id":"a","initiative_id":"PV21-x","province_code":"PV21","name":"n","activity_type":"advies","target_groups":[],"digitalisation_forms":[],"bottlenecks":[],"reach_per_year":"12"}""", "number")]
    [InlineData("""{"activity_id":"a","initiative_id":"PV21-x","province_code":"PV21","name":"n","activity_type":"advies","target_groups":[],"digitalisation_forms":[],"bottlenecks":[],"reach_year":1.5}""", "")]
    [InlineData("""{"activity_id":"a","initiative_id":"PV21-x","province_code":7,"name":"n","activity_type":"advies","target_groups":[],"digitalisation_forms":[],"bottlenecks":[]}""", "string")]
    [InlineData("""["activity_id"]""", "StartObject")]
    [InlineData("""{"activity_id":"a",""", "")]
    [InlineData("", "")]
    public void A_line_the_serializer_refuses_is_refused_with_the_line_number(string text, string detail)
    {
        var line = Encoding.UTF8.GetBytes(text);
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize(line, StagedScanJsonContext.Default.Activity));

        var error = Assert.Throws<JsonException>(() => StagedScanJson.Activities.Parse(line, 42));

        Assert.StartsWith("Line 42 of the staged scan's activities.jsonl is not a Activity: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initiative_without_its_initiative_or_count_is_refused()
    {
        var line = StagedScanJson.Initiatives.Serialize(ReleaseSamples.Tables().Initiatives[0]);
        var text = Encoding.UTF8.GetString(line);
        var withoutCount = System.Text.RegularExpressions.Regex.Replace(text, ",\"activity_count\":\\d+", "");

        var error = Assert.Throws<JsonException>(() => StagedScanJson.Initiatives.Parse(Encoding.UTF8.GetBytes(withoutCount), 3));
        Assert.Contains("\"activity_count\" is missing", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => StagedScanJson.Initiatives.Parse("""{"initiative":null,"activity_count":1}"""u8, 4));
    }

    [Fact]
    public void Codes_are_shared_strings_and_free_text_is_not()
    {
        var first = StagedRowReader.ReadActivity(StagedScanJson.Activities.Serialize(ReleaseSamples.Tables().Activities[0]));
        var second = StagedRowReader.ReadActivity(StagedScanJson.Activities.Serialize(ReleaseSamples.Tables().Activities[0]));

        Assert.Same(first.ActivityType, second.ActivityType);
        Assert.Same(first.TargetGroups[0], second.TargetGroups[0]);
        Assert.Same(first.ProvinceCode, second.ProvinceCode);
        Assert.NotSame(first.Name, second.Name);
        Assert.Equal(first.Name, second.Name);
    }

    [Fact]
    public void Rows_with_the_same_code_list_share_one_array_and_each_row_keeps_its_own_codes()
    {
        var sample = ReleaseSamples.Tables().Activities[0];
        var ab = sample with { TargetGroups = ["starter", "zzp"], Bottlenecks = ["kennis"] };
        var ac = sample with { TargetGroups = ["starter", "mkb_klein"], Bottlenecks = ["kennis", "tijd"] };
        var escaped = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(StagedScanJson.Activities.Serialize(ab)).Replace("\"zzp\"", "\"z\\u007Ap\""));

        var first = StagedRowReader.ReadActivity(StagedScanJson.Activities.Serialize(ab));
        var second = StagedRowReader.ReadActivity(StagedScanJson.Activities.Serialize(ab));
        var other = StagedRowReader.ReadActivity(StagedScanJson.Activities.Serialize(ac));
        var sameButEscaped = StagedRowReader.ReadActivity(escaped);

        Assert.Same(first.TargetGroups, second.TargetGroups);
        Assert.Equal(["starter", "zzp"], first.TargetGroups);
        Assert.Equal(["starter", "mkb_klein"], other.TargetGroups);
        Assert.Equal(["kennis", "tijd"], other.Bottlenecks);
        Assert.NotSame(first.TargetGroups, other.TargetGroups);
        Assert.Equal(["starter", "zzp"], sameButEscaped.TargetGroups);
        Assert.Equal(sample.Sectors, first.Sectors);
    }

    private static void AssertSameRow<T>(byte[] line, T read, JsonTypeInfo<T> serializerInfo, StagedTable<T> table)
    {
        // Written again, the reader's row must give the very line it came from, and the serializer's row the same.
        var bySerializer = JsonSerializer.Deserialize(line, serializerInfo)!;
        Assert.Equal(Encoding.UTF8.GetString(line), Encoding.UTF8.GetString(table.Serialize(read)));
        Assert.Equal(Encoding.UTF8.GetString(table.Serialize(bySerializer)), Encoding.UTF8.GetString(table.Serialize(read)));
    }
}
