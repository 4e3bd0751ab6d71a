using System.Text;
using System.Text.Json;
using Regioscan.Cli.Tests.Support;
using Regioscan.Core.Demo;

namespace Regioscan.Cli.Tests.Commands;

/// <summary><c>regioscan process</c> over a local store's <c>uploads/</c>.</summary>
public sealed class ProcessCommandTests
{
    private static readonly DemoDataset Sample = DemoScanGenerator.Generate();

    private static byte[] FirstRound(string province) => Sample.FirstRound.Single(u => u.ProvinceCode == province).Content;

    private static void Upload(TempStore store, string name, byte[] content, DateTime? modified = null)
    {
        var path = Path.Combine(store.Path, "uploads", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        if (modified is { } time)
        {
            File.SetLastWriteTimeUtc(path, time);
        }
    }

    private static JsonDocument Json(CliRun run) => JsonDocument.Parse(run.Out);

    private static string? LatestVersion(TempStore store)
    {
        var path = Path.Combine(store.Path, "releases", "latest.json");
        return File.Exists(path) ? JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.GetProperty("version").GetString() : null;
    }

    [Fact]
    public async Task The_same_bytes_misplaced_twice_are_quarantined_once_and_each_upload_is_reported()
    {
        using var store = new TempStore();
        var bytes = FirstRound("PV20");
        Upload(store, "Groningen/scan.csv", bytes);
        Upload(store, "regioscan.csv", bytes);

        var run = await CliRun.RunAsync("process", "--store", store.Path);

        Assert.True(run.ExitCode == 1, run.Error);
        Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
        Assert.Contains("rejected Groningen/scan.csv: see quarantine/unknown/", run.Out, StringComparison.Ordinal);
        Assert.Contains("rejected regioscan.csv: see quarantine/unknown/", run.Out, StringComparison.Ordinal);
        Assert.Contains("the same bytes as", run.Out, StringComparison.Ordinal);
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(store.Path, "quarantine", "unknown")));
        Assert.True(File.Exists(Path.Combine(folder, "report.json")));
    }

    [Fact]
    public async Task A_rejected_upload_makes_exit_code_1_and_the_accepted_ones_are_still_published()
    {
        using var store = new TempStore();
        Upload(store, "PV20/gr.csv", FirstRound("PV20"));
        Upload(store, "PV21/fr.csv", FirstRound("PV20"));

        var run = await CliRun.RunAsync("process", "--store", store.Path, "--json");

        Assert.True(run.ExitCode == 1, run.Error);
        using var json = Json(run);
        var processed = json.RootElement.GetProperty("processed").EnumerateArray()
            .ToDictionary(p => p.GetProperty("upload").GetString()!, p => p.GetProperty("accepted").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["PV20/gr.csv"] = true, ["PV21/fr.csv"] = false }, processed);
        Assert.True(json.RootElement.GetProperty("publish").GetProperty("published").GetBoolean());
        Assert.Equal("1.0.0", LatestVersion(store));
    }

    [Fact]
    public async Task Scans_accepted_earlier_that_no_release_holds_are_published_by_the_next_process()
    {
        using var store = new TempStore();
        var file = store.File("gr.csv", FirstRound("PV20"));
        var ingest = await CliRun.RunAsync("ingest", file, "--province", "PV20", "--store", store.Path);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.Null(LatestVersion(store));

        var first = await CliRun.RunAsync("process", "--store", store.Path, "--json");
        var second = await CliRun.RunAsync("process", "--store", store.Path, "--json");

        Assert.True(first.ExitCode == 0, first.Error);
        // An ingest without a publish is the usual way here, not a failure: the message names both.
        Assert.Contains(
            "Scans accepted earlier are not in the latest release yet (ingested without publishing, or a publish did not finish) …",
            first.Error, StringComparison.Ordinal);
        using (var json = Json(first))
        {
            Assert.Empty(json.RootElement.GetProperty("processed").EnumerateArray());
            Assert.True(json.RootElement.GetProperty("publish").GetProperty("published").GetBoolean());
        }

        Assert.Equal("1.0.0", LatestVersion(store));
        Assert.True(second.ExitCode == 0, second.Error);
        using (var json = Json(second))
        {
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("publish").ValueKind);
        }
    }

    [Fact]
    public async Task Another_upload_of_the_same_rows_is_checked_once_not_at_every_process()
    {
        using var store = new TempStore();
        var bytes = FirstRound("PV20");
        Upload(store, "PV20/gr.csv", bytes);
        var first = await CliRun.RunAsync("process", "--store", store.Path);
        Assert.True(first.ExitCode == 0, first.Error);

        // The same rows with other line endings: another upload (other bytes), the same data.
        var crlf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).ReplaceLineEndings("\r\n"));
        Assert.NotEqual(bytes, crlf);
        Upload(store, "PV20/gr-again.csv", crlf);
        var again = await CliRun.RunAsync("process", "--store", store.Path, "--json");
        var next = await CliRun.RunAsync("process", "--store", store.Path, "--json");

        Assert.True(again.ExitCode == 0, again.Error);
        using (var json = Json(again))
        {
            Assert.False(json.RootElement.GetProperty("publish").GetProperty("published").GetBoolean());
        }

        Assert.True(next.ExitCode == 0, next.Error);
        using (var json = Json(next))
        {
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("publish").ValueKind);
        }

        Assert.DoesNotContain("Writing the tables", next.Error, StringComparison.Ordinal);
        Assert.Equal("1.0.0", LatestVersion(store));
    }

    [Fact]
    public async Task A_provinces_newest_upload_becomes_its_scan_whatever_the_file_names()
    {
        using var store = new TempStore();
        var older = FirstRound("PV25");
        var newer = Sample.SecondRound.First(u => u.ProvinceCode == "PV25").Content;
        Upload(store, "PV25/a-new.csv", newer, DateTime.UtcNow);
        Upload(store, "PV25/z-old.csv", older, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var run = await CliRun.RunAsync("process", "--store", store.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(store.Path, "releases", "v1.0.0", "manifest.json")));
        Assert.Equal("a-new.csv", manifest.RootElement.GetProperty("inputs").GetProperty("PV25").GetProperty("file").GetString());
    }
}
