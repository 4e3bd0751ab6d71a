using System.Text.Json;
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
