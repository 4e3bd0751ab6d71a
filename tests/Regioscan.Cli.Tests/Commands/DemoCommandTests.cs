using System.Diagnostics;
using System.Text.Json;
using DuckDB.NET.Data;
using Regioscan.Cli.Tests.Support;
using Regioscan.Core.Schema;

namespace Regioscan.Cli.Tests.Commands;

/// <summary>
/// The demo end to end on a local store: two releases that honour the release contract, read back with
/// independent readers (DuckDB, a JSON parser, sha256sum).
/// </summary>
public sealed class DemoCommandTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    private static readonly string[] ContractFiles =
    [
        "manifest.json", "initiatives.csv", "activities.csv", "summary_by_province.csv", "codelists.csv",
        "initiatives.parquet", "activities.parquet", "initiatives.geojson", "provinces.geojson",
        "changes.json", "CHANGELOG.md", "datapackage.json", "SHA256SUMS",
    ];

    [Fact]
    public void Demo_succeeds_and_makes_two_releases()
    {
        Assert.True(demo.Demo.ExitCode == 0, demo.Demo.Out + demo.Demo.Error);
        Assert.True(File.Exists(Path.Combine(demo.Release("1.0.0"), "manifest.json")));
        Assert.True(File.Exists(Path.Combine(demo.Release("1.1.0"), "manifest.json")));
        using var latest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(demo.Releases, "latest.json")));
        Assert.Equal("1.1.0", latest.RootElement.GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("1.1.0")]
    public void Every_contract_file_is_there_and_the_manifest_describes_it(string version)
    {
        var folder = demo.Release(version);
        foreach (var name in ContractFiles)
        {
            Assert.True(File.Exists(Path.Combine(folder, name)), $"{name} is missing from v{version}");
        }

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(version, root.GetProperty("version").GetString());
        Assert.Equal(PublishedSchema.Version, root.GetProperty("schema_version").GetInt32());
        Assert.Equal(12, root.GetProperty("inputs").EnumerateObject().Count());
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            var path = Path.Combine(folder, file.GetProperty("name").GetString()!);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(file.GetProperty("bytes").GetInt64(), bytes.LongLength);
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("1.1.0")]
    [InlineData("latest")]
    public void Checksums_verify_with_sha256sum(string version)
    {
        var folder = version == "latest" ? Path.Combine(demo.Releases, "latest") : demo.Release(version);
        var check = Process.Start(new ProcessStartInfo("sha256sum", "-c --strict SHA256SUMS")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = check.StandardOutput.ReadToEnd() + check.StandardError.ReadToEnd();
        check.WaitForExit();
        Assert.True(check.ExitCode == 0, output);
        Assert.Contains("initiatives.parquet: OK", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("initiatives", "initiative_id")]
    [InlineData("activities", "activity_id")]
    public void Csv_and_parquet_hold_the_same_rows_and_values_for_duckdb(string table, string key)
    {
        var folder = demo.Release("1.1.0").Replace("'", "''", StringComparison.Ordinal);
        var columns = table == "initiatives"
            ? PublishedSchema.Initiatives.Select(c => (c.Name, c.Type))
            : PublishedSchema.Activities.Select(c => (c.Name, c.Type));
        var mismatches = columns.Select(c => c.Type switch
        {
            ColumnType.TextList => $"CAST(count_if(coalesce(array_to_string(p.{c.Name}, '|'), '') IS DISTINCT FROM coalesce(c.{c.Name}, '')) AS BIGINT) AS {c.Name}",
            // CSV neutralises formula-like text with a leading apostrophe (DESIGN.md); Parquet keeps the text as it was.
            ColumnType.Text => $"CAST(count_if(p.{c.Name} IS DISTINCT FROM (CASE WHEN starts_with(c.{c.Name}, '''') AND substr(c.{c.Name}, 2, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN substr(c.{c.Name}, 2) ELSE c.{c.Name} END)) AS BIGINT) AS {c.Name}",
            _ => $"CAST(count_if(CAST(p.{c.Name} AS DOUBLE) IS DISTINCT FROM TRY_CAST(c.{c.Name} AS DOUBLE)) AS BIGINT) AS {c.Name}",
        });
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"""
            WITH p AS (SELECT * FROM read_parquet('{folder}/{table}.parquet')),
                 c AS (SELECT * FROM read_csv('{folder}/{table}.csv', all_varchar = true, header = true))
            SELECT (SELECT count(*) FROM p) AS parquet_rows, (SELECT count(*) FROM c) AS csv_rows, count(*) AS joined, {string.Join(", ", mismatches)}
            FROM p JOIN c ON p.{key} = c.{key}
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var parquetRows = Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(parquetRows > 100, $"only {parquetRows} rows in {table}");
        Assert.Equal(parquetRows, Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(parquetRows, Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 3; i < reader.FieldCount; i++)
        {
            Assert.True(Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) == 0, $"{table}.{reader.GetName(i)} differs between CSV and Parquet");
        }
    }

    [Fact]
    public void Formula_like_text_is_neutralised_in_csv_and_kept_in_parquet()
    {
        var folder = demo.Release("1.1.0").Replace("'", "''", StringComparison.Ordinal);
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText =
            $"SELECT CAST(count(*) AS BIGINT) FROM read_parquet('{folder}/initiatives.parquet') p "
            + $"JOIN read_csv('{folder}/initiatives.csv', all_varchar = true, header = true) c USING (initiative_id) "
            + "WHERE starts_with(p.description, '-') AND c.description = '''' || p.description";
        Assert.True(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0,
            "the demo has descriptions starting with '-'; the CSV must carry them with a leading apostrophe");
    }

    [Fact]
    public void Demo_is_at_the_scale_of_the_national_synthesis()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(demo.Release("1.0.0"), "manifest.json")));
        var counts = manifest.RootElement.GetProperty("counts");
        Assert.InRange(counts.GetProperty("initiatives").GetInt32(), 200, 240);
        Assert.InRange(counts.GetProperty("activities").GetInt32(), 540, 660);
        Assert.InRange(counts.GetProperty("reach_per_year").GetInt64(), 95_000, 125_000);
    }

    [Fact]
    public void Initiatives_geojson_is_rfc7946_with_one_point_per_located_initiative()
    {
        var folder = demo.Release("1.1.0");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "initiatives.geojson")));
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _), "RFC 7946 has no crs member");
        var features = root.GetProperty("features").EnumerateArray().ToList();
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var lon = geometry.GetProperty("coordinates")[0].GetDouble();
            var lat = geometry.GetProperty("coordinates")[1].GetDouble();
            Assert.InRange(lon, 3.2, 7.3);
            Assert.InRange(lat, 50.7, 53.6);
            Assert.Equal(JsonValueKind.Array, feature.GetProperty("properties").GetProperty("providers").ValueKind);
        }

        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM read_parquet('{folder.Replace("'", "''", StringComparison.Ordinal)}/initiatives.parquet') WHERE latitude IS NOT NULL";
        Assert.Equal(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), features.Count);
    }

    [Fact]
    public void Provinces_geojson_has_all_twelve_provinces()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(demo.Release("1.1.0"), "provinces.geojson")));
        var codes = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("province_code").GetString()).ToList();
        Assert.Equal(Enumerable.Range(20, 12).Select(n => $"PV{n}"), codes);
    }

    [Fact]
    public void Second_release_change_log_shows_every_change_type()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(demo.Release("1.1.0"), "changes.json")));
        var root = json.RootElement;
        Assert.Equal("1.0.0", root.GetProperty("previous").GetString());
        var initiatives = root.GetProperty("counts").GetProperty("initiatives");
        Assert.True(initiatives.GetProperty("added").GetInt32() >= 1);
        Assert.True(initiatives.GetProperty("removed").GetInt32() >= 1);
        var changed = root.GetProperty("changes").EnumerateObject()
            .SelectMany(t => t.Value.EnumerateArray())
            .Where(c => c.GetProperty("type").GetString() == "data_changed")
            .SelectMany(c => c.GetProperty("columns").EnumerateArray().Select(col => col.GetProperty("column").GetString()))
            .ToHashSet();
        Assert.Contains("reach_per_year", changed);
        Assert.Contains("digitalisation_forms", changed);

        var markdown = File.ReadAllText(Path.Combine(demo.Release("1.1.0"), "CHANGELOG.md"));
        Assert.Contains("## Summary", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void No_personal_data_appears_in_any_published_file()
    {
        var contacts = PrivateContactValues().ToList();
        Assert.NotEmpty(contacts);
        foreach (var file in Directory.EnumerateFiles(demo.Releases, "*", SearchOption.AllDirectories))
        {
            var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file));
            foreach (var column in new[] { "contactpersoon", "contact_email", "contact_telefoon", "contact_person", "contact_phone" })
            {
                Assert.DoesNotContain(column, text, StringComparison.OrdinalIgnoreCase);
            }

            foreach (var value in contacts)
            {
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"{Path.GetFileName(file)} contains personal data '{value}'");
            }
        }
    }

    [Fact]
    public async Task Publishing_again_with_nothing_new_makes_no_release()
    {
        var run = await CliRun.RunAsync("publish", "--store", demo.Store, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("published").GetBoolean());
        Assert.Equal("1.1.0", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(2, Directory.GetDirectories(demo.Releases, "v*").Length);
    }

    [Fact]
    public async Task Releases_and_diff_answer_in_json()
    {
        var releases = await CliRun.RunAsync("releases", "--store", demo.Store, "--json");
        using var index = JsonDocument.Parse(releases.Out);
        Assert.Equal(["1.0.0", "1.1.0"], index.RootElement.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("version").GetString()));

        var diff = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", demo.Store, "--json");
        Assert.Equal(0, diff.ExitCode);
        using var fromDiff = JsonDocument.Parse(diff.Out);
        using var published = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(demo.Release("1.1.0"), "changes.json")));
        Assert.Equal(published.RootElement.GetProperty("counts").ToString(), fromDiff.RootElement.GetProperty("counts").ToString());
    }

    [Fact]
    public async Task Diff_of_an_unknown_release_is_a_usage_error()
    {
        var diff = await CliRun.RunAsync("diff", "1.0.0", "9.9.9", "--store", demo.Store);

        Assert.Equal(2, diff.ExitCode);
        Assert.Contains("9.9.9", diff.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_demo_on_a_store_with_releases_changes_nothing()
    {
        var again = await CliRun.RunAsync("demo", "--store", demo.Store);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already holds releases", again.Out, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetDirectories(demo.Releases, "v*").Length);
    }

    private IEnumerable<string> PrivateContactValues()
    {
        // The staged scans: one initiative per line, its fields under "initiative".
        foreach (var scan in Directory.EnumerateFiles(Path.Combine(demo.Store, "scans"), "initiatives.jsonl", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(scan))
            {
                using var json = JsonDocument.Parse(line);
                var initiative = json.RootElement.GetProperty("initiative");
                foreach (var property in initiative.EnumerateObject().Where(p => p.Name.StartsWith("contact", StringComparison.Ordinal)))
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 3 } value)
                    {
                        yield return value;
                    }
                }
            }
        }
    }
}
