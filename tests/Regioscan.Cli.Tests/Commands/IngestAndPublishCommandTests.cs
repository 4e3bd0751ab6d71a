using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using Regioscan.Cli.Tests.Support;
using Regioscan.Core.Demo;

namespace Regioscan.Cli.Tests.Commands;

public sealed class IngestAndPublishCommandTests
{
    private static readonly DemoDataset Sample = DemoScanGenerator.Generate();

    private static DemoUpload Upload(string province) => Sample.FirstRound.Single(u => u.ProvinceCode == province);

    [Fact]
    public async Task Ingesting_the_same_file_twice_makes_one_scan()
    {
        using var store = new TempStore();
        var file = store.File("gr.csv", Upload("PV20").Content);

        var first = await CliRun.RunAsync("ingest", file, "--province", "PV20", "--store", store.Path);
        var second = await CliRun.RunAsync("ingest", file, "--province", "PV20", "--store", store.Path);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first.Out.Trim(), second.Out.Trim());
        Assert.Matches("^[0-9a-f]{16}$", first.Out.Trim());
        Assert.Contains("ingested before", second.Error, StringComparison.Ordinal);
        var uploads = Directory.GetDirectories(Path.Combine(store.Path, "scans", "PV20"));
        var folder = Assert.Single(uploads);
        Assert.True(File.Exists(Path.Combine(folder, "report.json")));
        Assert.True(File.Exists(Path.Combine(folder, "initiatives.jsonl")));
        Assert.True(File.Exists(Path.Combine(folder, "activities.jsonl")));
        Assert.True(File.Exists(Path.Combine(folder, "summary.json")));
        Assert.True(File.Exists(Path.Combine(folder, "upload.csv")));

        // The upload's copy, the spooled rows and the staged files were scratch files: none is left.
        Assert.Empty(Directory.GetFiles(Path.Combine(store.Path, ".regioscan", "scratch")));
    }

    [Fact]
    public async Task A_rejected_file_ingested_again_is_validated_again_and_says_so()
    {
        using var store = new TempStore();
        var file = store.File("dr.csv", Upload("PV22").Content);

        // Drenthe's file for Groningen is rejected, and again: the same bytes are checked again, not given the old verdict.
        var first = await CliRun.RunAsync("ingest", file, "--province", "PV20", "--store", store.Path);
        var second = await CliRun.RunAsync("ingest", file, "--province", "PV20", "--store", store.Path);

        Assert.Equal((1, 1), (first.ExitCode, second.ExitCode));
        Assert.Contains($"this exact file was rejected before, as {Path.GetFileName(file)}; validated again with the current rules, it is still rejected", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing new was stored", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Out.Trim(), second.Out.Trim());
        Assert.Single(Directory.GetDirectories(Path.Combine(store.Path, "quarantine", "PV20")));
    }

    [Fact]
    public async Task A_file_for_another_province_is_quarantined_with_its_report()
    {
        using var store = new TempStore();
        var file = store.File("gr.csv", Upload("PV20").Content);

        var run = await CliRun.RunAsync("ingest", file, "--province", "PV31", "--store", store.Path);

        Assert.Equal(1, run.ExitCode);
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(store.Path, "quarantine", "PV31")));
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "report.json")));
        Assert.False(report.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains(report.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "province-mismatch");
        Assert.True(File.Exists(Path.Combine(folder, "upload.csv")), "the raw upload is kept");
        Assert.False(Directory.Exists(Path.Combine(store.Path, "scans", "PV31")));
    }

    [Theory]
    [InlineData("PV99")]
    [InlineData("Atlantis")]
    public async Task An_unknown_province_is_a_usage_error(string province)
    {
        using var store = new TempStore();
        var file = store.File("gr.csv", Upload("PV20").Content);

        var run = await CliRun.RunAsync("ingest", file, "--province", province, "--store", store.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PV20", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        using var store = new TempStore();

        var run = await CliRun.RunAsync("ingest", "/nonexistent/scan.csv", "--province", "PV20", "--store", store.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_given_as_the_file_is_named_as_a_folder()
    {
        using var store = new TempStore();
        var folder = Directory.CreateDirectory(store.Path + "-scans").FullName;

        try
        {
            var run = await CliRun.RunAsync("ingest", folder, "--province", "PV20", "--store", store.Path);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Out);
            Assert.Equal($"error: {folder} is a folder, not a file: give the scan file (CSV or XLSX) to ingest.", run.Error.TrimEnd());
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public async Task Publishing_without_scans_says_what_to_do()
    {
        using var store = new TempStore();

        var run = await CliRun.RunAsync("publish", "--store", store.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ingest", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(store.Path, "releases", "latest.json")));
    }

    [Fact]
    public async Task Republishing_unchanged_inputs_gives_byte_identical_data_files()
    {
        using var a = new TempStore();
        using var b = new TempStore();
        foreach (var store in new[] { a, b })
        {
            foreach (var province in new[] { "PV20", "PV26" })
            {
                var file = store.File(province + ".csv", Upload(province).Content);
                Assert.Equal(0, (await CliRun.RunAsync("ingest", file, "--province", province, "--store", store.Path)).ExitCode);
            }

            var publish = await CliRun.RunAsync("publish", "--store", store.Path, "--reason", "test");
            Assert.True(publish.ExitCode == 0, publish.Error);
        }

        var dataFiles = new[]
        {
            "initiatives.csv", "activities.csv", "summary_by_province.csv", "codelists.csv",
            "initiatives.parquet", "activities.parquet", "initiatives.geojson", "provinces.geojson", "changes.json",
        };
        foreach (var name in dataFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(a.Path, "releases", "v1.0.0", name)).AsSpan()
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(b.Path, "releases", "v1.0.0", name))),
                $"{name} differs between two publishes of the same inputs");
        }
    }

    [Fact]
    public async Task A_forced_publish_releases_a_changed_catalogue_setting_although_the_data_is_unchanged()
    {
        using var store = new TempStore();
        foreach (var province in new[] { "PV20", "PV26" })
        {
            var file = store.File(province + ".csv", Upload(province).Content);
            Assert.Equal(0, (await CliRun.RunAsync("ingest", file, "--province", province, "--store", store.Path)).ExitCode);
        }

        // A process of its own, since the catalogue settings come from the environment.
        var first = await RunProcessAsync(null, "publish", "--store", store.Path, "--reason", "first", "--json");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal("1.0.0", JsonDocument.Parse(first.Out).RootElement.GetProperty("version").GetString());

        var unforced = await RunProcessAsync("opendata@provincie.test", "publish", "--store", store.Path, "--reason", "contact address fixed", "--json");
        Assert.True(unforced.ExitCode == 0, unforced.Error);
        Assert.False(JsonDocument.Parse(unforced.Out).RootElement.GetProperty("published").GetBoolean());
        Assert.False(Directory.Exists(Release(store, "v1.0.1")));

        var forced = await RunProcessAsync("opendata@provincie.test", "publish", "--store", store.Path, "--reason", "contact address fixed", "--force", "--json");

        Assert.True(forced.ExitCode == 0, forced.Error);
        using var result = JsonDocument.Parse(forced.Out);
        Assert.True(result.RootElement.GetProperty("published").GetBoolean());
        Assert.Equal("1.0.1", result.RootElement.GetProperty("version").GetString());
        Assert.Equal("1.0.0", result.RootElement.GetProperty("previous").GetString());
        Assert.Equal(["mailto:opendata@example.org"], ContactEmails(Release(store, "v1.0.0")));
        Assert.Equal(["mailto:opendata@provincie.test"], ContactEmails(Release(store, "v1.0.1")));
        Assert.Equal(["mailto:opendata@provincie.test"], ContactEmails(Release(store, "latest")));
        using (var latest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(store.Path, "releases", "latest.json"))))
        {
            Assert.Equal("1.0.1", latest.RootElement.GetProperty("version").GetString());
        }

        using (var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(store.Path, "releases", "index.json"))))
        {
            var entry = index.RootElement.GetProperty("releases").EnumerateArray().Last();
            Assert.Equal("1.0.1", entry.GetProperty("version").GetString());
            Assert.Equal("contact address fixed", entry.GetProperty("reason").GetString());
        }

        using (var changes = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Release(store, "v1.0.1"), "changes.json"))))
        {
            Assert.Equal("1.0.0", changes.RootElement.GetProperty("previous").GetString());
        }

        var changelog = await File.ReadAllTextAsync(Path.Combine(Release(store, "v1.0.1"), "CHANGELOG.md"));
        Assert.Contains("Reason: contact address fixed", changelog, StringComparison.Ordinal);
        Assert.Contains("No record changed.", changelog, StringComparison.Ordinal);
        Assert.Contains("The data did not change: every data file is the same as in release 1.0.0.", changelog, StringComparison.Ordinal);
        foreach (var table in new[] { "initiatives", "activities" })
        {
            var (rows, differ) = CompareTables(Release(store, "v1.0.0"), Release(store, "v1.0.1"), table);
            Assert.True(rows > 0, $"no {table} in release 1.0.0");
            Assert.Equal(0, differ);
        }
    }

    private static string Release(TempStore store, string folder) => Path.Combine(store.Path, "releases", folder);

    /// <summary>The contact point's addresses in a release's dcat.jsonld, read with a JSON parser.</summary>
    private static List<string> ContactEmails(string release)
    {
        using var dcat = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(release, "dcat.jsonld")));
        return [.. dcat.RootElement.GetProperty("dcat:contactPoint").EnumerateArray().Select(c => c.GetProperty("vcard:hasEmail").GetProperty("@id").GetString()!)];
    }

    /// <summary>A table's rows in release <paramref name="a"/>, and the rows of either release that the other lacks, read with DuckDB.</summary>
    private static (long Rows, long Differ) CompareTables(string a, string b, string table)
    {
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        var pa = Path.Combine(a, table + ".parquet").Replace("'", "''", StringComparison.Ordinal);
        var pb = Path.Combine(b, table + ".parquet").Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $"""
            SELECT CAST((SELECT count(*) FROM read_parquet('{pa}')) AS BIGINT),
                   CAST((SELECT count(*) FROM (SELECT * FROM read_parquet('{pa}') EXCEPT ALL SELECT * FROM read_parquet('{pb}')))
                      + (SELECT count(*) FROM (SELECT * FROM read_parquet('{pb}') EXCEPT ALL SELECT * FROM read_parquet('{pa}'))) AS BIGINT)
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

    /// <summary>The CLI in a process of its own (the build's regioscan.dll), with <c>REGIOSCAN_CONTACT_EMAIL</c> set or removed.</summary>
    private static async Task<CliRun> RunProcessAsync(string? contactEmail, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "regioscan.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "REGIOSCAN_CONTACT_EMAIL", "REGIOSCAN_BASE_URL", "REGIOSCAN_STORE" })
        {
            start.Environment.Remove(name);
        }

        if (contactEmail is not null)
        {
            start.Environment["REGIOSCAN_CONTACT_EMAIL"] = contactEmail;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Publish_json_reports_the_new_version_and_its_changes()
    {
        using var store = new TempStore();
        var file = store.File("zl.csv", Upload("PV29").Content);
        await CliRun.RunAsync("ingest", file, "--province", "PV29", "--store", store.Path);

        var run = await CliRun.RunAsync("publish", "--store", store.Path, "--json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("published").GetBoolean());
        Assert.Equal("1.0.0", json.RootElement.GetProperty("version").GetString());
        Assert.True(json.RootElement.GetProperty("changes").GetProperty("initiatives").GetProperty("added").GetInt32() > 0);
    }
}
