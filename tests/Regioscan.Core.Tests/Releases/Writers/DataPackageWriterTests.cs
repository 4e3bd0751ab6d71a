using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Releases.Writers;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Tests.Releases.Writers;

public sealed class DataPackageWriterTests
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "Releases", "TestData");

    [Fact]
    public async Task The_data_package_is_valid_against_the_v2_profile()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());

        var result = Validate(ProfileWithListField(), release.Text("datapackage.json"));

        Assert.True(result.IsValid, Errors(result));
    }

    [Fact]
    public async Task The_profile_check_rejects_a_broken_package()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        var package = JsonNode.Parse(release.Text("datapackage.json"))!;
        package["resources"]![0]!["schema"]!["fields"]![0]!["type"] = "text";
        package["licenses"]![0]!["name"] = "CC BY 4.0";

        Assert.False(Validate(ProfileWithListField(), package.ToJsonString()).IsValid);
    }

    [Fact]
    public async Task The_unpatched_2_0_profile_rejects_list_fields_which_is_why_the_test_adds_them()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(TestData, "datapackage-profile-2.0.json")))!;

        var result = Validate(profile, release.Text("datapackage.json"));

        Assert.False(result.IsValid);
        var withoutLists = JsonNode.Parse(release.Text("datapackage.json"))!;
        foreach (var field in withoutLists["resources"]!.AsArray().SelectMany(r => r!["schema"]!["fields"]!.AsArray()))
        {
            if (field!["type"]!.GetValue<string>() == "list")
            {
                field["type"] = "string";
                field.AsObject().Remove("delimiter");
                field.AsObject().Remove("itemType");
            }
        }

        Assert.True(Validate(profile, withoutLists.ToJsonString()).IsValid);
    }

    [Fact]
    public async Task Each_csv_is_a_resource_whose_fields_match_its_header()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        using var document = JsonDocument.Parse(release.Text("datapackage.json"));
        var package = document.RootElement;

        Assert.Equal("https://datapackage.org/profiles/2.0/datapackage.json", package.GetProperty("$schema").GetString());
        Assert.Equal("1.2.0", package.GetProperty("version").GetString());
        Assert.Equal("2025-11-20T08:30:00Z", package.GetProperty("created").GetString());
        Assert.Equal("CC-BY-4.0", package.GetProperty("licenses")[0].GetProperty("name").GetString());
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(
            ["initiatives.csv", "activities.csv", "summary_by_province.csv", "codelists.csv"],
            resources.Select(r => r.GetProperty("path").GetString()));
        foreach (var resource in resources)
        {
            var path = resource.GetProperty("path").GetString()!;
            Assert.Equal("csv", resource.GetProperty("format").GetString());
            Assert.Equal("utf-8", resource.GetProperty("encoding").GetString());
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString());
            Assert.Equal(release.Text(path).Split("\r\n")[0].Split(','), fields);
        }

        var foreignKey = resources[1].GetProperty("schema").GetProperty("foreignKeys")[0];
        Assert.Equal("initiative_id", foreignKey.GetProperty("fields")[0].GetString());
        Assert.Equal("initiatives", foreignKey.GetProperty("reference").GetProperty("resource").GetString());
        Assert.Equal(["list", "code"], resources[3].GetProperty("schema").GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Fields_carry_types_titles_in_both_languages_and_the_codes_of_coded_columns()
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        using var document = JsonDocument.Parse(release.Text("datapackage.json"));
        var fields = document.RootElement.GetProperty("resources")[1].GetProperty("schema").GetProperty("fields")
            .EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

        var activityType = fields["activity_type"];
        Assert.Equal("string", activityType.GetProperty("type").GetString());
        Assert.Equal("Type activiteit", activityType.GetProperty("title").GetString());
        Assert.Equal("Activity type", activityType.GetProperty("en:title").GetString());
        Assert.True(activityType.GetProperty("constraints").GetProperty("required").GetBoolean());
        Assert.Equal(
            CodeListCatalog.Default[CodeListNames.ActivityType].Codes.Select(c => c.Value),
            activityType.GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        var sectors = fields["sectors"];
        Assert.Equal("list", sectors.GetProperty("type").GetString());
        Assert.Equal("|", sectors.GetProperty("delimiter").GetString());
        Assert.Equal("string", sectors.GetProperty("itemType").GetString());
        Assert.False(sectors.TryGetProperty("constraints", out _));
        Assert.Equal("integer", fields["reach_per_year"].GetProperty("type").GetString());
        Assert.Contains("`sectoren`", sectors.GetProperty("description").GetString(), StringComparison.Ordinal);

        var latitude = document.RootElement.GetProperty("resources")[0].GetProperty("schema").GetProperty("fields")
            .EnumerateArray().Single(f => f.GetProperty("name").GetString() == "latitude");
        Assert.Equal("number", latitude.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("initiatives")]
    [InlineData("activities")]
    public async Task Csv_values_of_coded_columns_are_among_the_declared_codes(string table)
    {
        using var release = await ReleaseFolder.WriteAsync(ReleaseSamples.Tables());
        using var document = JsonDocument.Parse(release.Text("datapackage.json"));
        var resource = document.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == table);
        var checkedColumns = 0;
        foreach (var field in resource.GetProperty("schema").GetProperty("fields").EnumerateArray())
        {
            if (!field.TryGetProperty("constraints", out var constraints) || !constraints.TryGetProperty("enum", out var codes))
            {
                continue;
            }

            var name = field.GetProperty("name").GetString();
            var values = release.Query($"SELECT DISTINCT {name} FROM read_csv({{file}}, header = true, all_varchar = true) WHERE {name} IS NOT NULL", table + ".csv");
            Assert.All(values, v => Assert.Contains((string)v[0]!, codes.EnumerateArray().Select(c => c.GetString())));
            checkedColumns++;
        }

        Assert.True(checkedColumns >= 2);
    }

    private static JsonNode ProfileWithListField()
    {
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(TestData, "datapackage-profile-2.0.json")))!;
        var listField = JsonNode.Parse(File.ReadAllText(Path.Combine(TestData, "tableschema-list-field-2.1.json")))!;
        profile["properties"]!["resources"]!["items"]!["properties"]!["schema"]!["properties"]!["fields"]!["items"]!["oneOf"]!
            .AsArray().Add(listField);
        return profile;
    }

    private static EvaluationResults Validate(JsonNode profile, string package)
    {
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schema = JsonSchema.FromText(profile.ToJsonString(), build, new Uri("https://datapackage.org/profiles/2.0/datapackage.json"));
        using var instance = JsonDocument.Parse(package);
        return schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Errors(EvaluationResults result) =>
        string.Join(
            "\n",
            (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values)));
}
