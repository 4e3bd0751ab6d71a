using System.Text;
using System.Text.Json;
using Regioscan.Cli.Tests.Support;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Storage;
using Regioscan.Storage.Local;

namespace Regioscan.Cli.Tests.Commands;

/// <summary>
/// <c>regioscan diff</c> on the demo's two releases (the second round changed three provinces' scans, nine are the
/// same upload in both), against the published change log and against an in-memory comparison of both releases'
/// full tables, which reads every province and parses every row.
/// </summary>
public sealed class DiffCommandTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    [Fact]
    public async Task Diff_in_json_is_the_published_changes_json()
    {
        var diff = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", demo.Store, "--json");

        Assert.True(diff.ExitCode == 0, diff.Error);
        var published = File.ReadAllText(Path.Combine(demo.Release("1.1.0"), "changes.json"));
        Assert.Equal(published.TrimEnd(), diff.Out.TrimEnd());
        using var json = JsonDocument.Parse(diff.Out);
        Assert.True(json.RootElement.GetProperty("changes").GetProperty("activities").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("1.0.0", "1.1.0")]
    [InlineData("1.0.0", "1.0.0")]
    public async Task Diff_equals_the_comparison_of_both_releases_full_tables_in_memory(string from, string to)
    {
        var diff = await CliRun.RunAsync("diff", from, to, "--store", demo.Store, "--json");

        Assert.True(diff.ExitCode == 0, diff.Error);
        Assert.Equal(await InMemoryDiffAsync(from, to), diff.Out.TrimEnd());
    }

    [Fact]
    public async Task A_copy_of_releases_alone_gives_the_same_change_log_from_the_releases_parquet_files()
    {
        using var copy = CopyOfDemoReleases();
        string[][] formats = [[], ["--json"]];
        foreach (var format in formats)
        {
            var full = await CliRun.RunAsync(["diff", "1.0.0", "1.1.0", "--store", demo.Store, .. format]);
            var mirror = await CliRun.RunAsync(["diff", "1.0.0", "1.1.0", "--store", copy.Path, .. format]);

            Assert.True(full.ExitCode == 0 && mirror.ExitCode == 0, full.Error + mirror.Error);
            Assert.DoesNotContain("Parquet", full.Error, StringComparison.Ordinal);
            Assert.Contains(
                "This store has no staged scans (scans/) of those provinces: reading the releases' Parquet files instead …", mirror.Error, StringComparison.Ordinal);
            Assert.Equal(full.Out, mirror.Out);
        }

        Assert.Equal(["releases"], Directory.GetFileSystemEntries(copy.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_copy_of_releases_alone_that_lost_a_parquet_file_names_the_file_to_restore()
    {
        using var copy = CopyOfDemoReleases();
        File.Delete(Path.Combine(copy.Path, "releases", "v1.0.0", "activities.parquet"));

        var run = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", copy.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains(
            "error: releases/v1.0.0/activities.parquet is missing, but release 1.0.0's manifest lists it, and this store has no staged scans to "
                + "compare the releases with instead: restore it from releases/latest/ (when 1.0.0 is the current release) or from a backup.",
            run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.1.0", "1.0.0")]
    [InlineData("v1.1.0", "1.0.0")]
    public async Task Diff_with_the_newer_release_first_is_refused_with_the_order_to_use(string from, string to)
    {
        string[][] formats = [[], ["--json"]];
        foreach (var format in formats)
        {
            var run = await CliRun.RunAsync(["diff", from, to, "--store", demo.Store, .. format]);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Out);
            Assert.Equal("error: 1.1.0 is newer than 1.0.0: give the older release first ('regioscan diff 1.0.0 1.1.0').", run.Error.TrimEnd());
        }
    }

    [Fact]
    public async Task The_comparison_backwards_equals_the_in_memory_one_and_swaps_added_and_removed()
    {
        // The command takes the older release first; the comparison itself works either way round.
        Assert.Equal((await InMemoryDiffAsync("1.1.0", "1.0.0")).TrimEnd(), await SpooledDiffAsync("1.1.0", "1.0.0"));

        var forward = await CountsAsync("1.0.0", "1.1.0");
        var backward = await CountsAsync("1.1.0", "1.0.0");

        foreach (var table in new[] { "initiatives", "activities" })
        {
            Assert.Equal(forward[table]["added"], backward[table]["removed"]);
            Assert.Equal(forward[table]["removed"], backward[table]["added"]);
            Assert.Equal(forward[table]["data_changed"], backward[table]["data_changed"]);
        }

        Assert.True(forward["activities"].Values.Sum() > 0, "the demo's second release changes activities");
    }

    [Fact]
    public async Task Diff_in_markdown_lists_what_the_published_changelog_lists()
    {
        var diff = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", demo.Store);

        Assert.True(diff.ExitCode == 0, diff.Error);
        Assert.Contains("release 1.1.0\n\nPublished ", diff.Out, StringComparison.Ordinal);
        Assert.Contains(" — changes against 1.0.0.\n", diff.Out, StringComparison.Ordinal);
        var published = File.ReadAllText(Path.Combine(demo.Release("1.1.0"), "CHANGELOG.md"));
        Assert.Equal(FromSummary(published), FromSummary(diff.Out));
    }

    [Theory]
    [InlineData("v1.0.0", "v1.1.0")]
    [InlineData("01.0.0", "1.1.0")]
    public async Task Versions_are_printed_as_the_releases_spell_them_not_as_typed(string from, string to)
    {
        var markdown = await CliRun.RunAsync("diff", from, to, "--store", demo.Store);
        var json = await CliRun.RunAsync("diff", from, to, "--store", demo.Store, "--json");

        Assert.True(markdown.ExitCode == 0 && json.ExitCode == 0, markdown.Error + json.Error);
        Assert.StartsWith("# Regioscan Digitalisering MKB — release 1.1.0\n", markdown.Out, StringComparison.Ordinal);
        Assert.Contains(" — changes against 1.0.0.\n", markdown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Reason:", markdown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(from, markdown.Out, StringComparison.Ordinal);
        var published = File.ReadAllText(Path.Combine(demo.Release("1.1.0"), "changes.json"));
        Assert.Equal(published.TrimEnd(), json.Out.TrimEnd());
    }

    [Fact]
    public async Task A_province_whose_upload_is_the_same_in_both_releases_is_not_read()
    {
        using var copy = CopyOfDemoStore();
        var (same, changed) = await ProvincesAsync(copy.Path);
        Assert.NotEmpty(same);
        Assert.NotEmpty(changed);
        var expected = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", copy.Path, "--json");

        // Without its staged scans such a province could not be read; the diff does not need it.
        foreach (var province in same)
        {
            Directory.Delete(Path.Combine(copy.Path, "scans", province), recursive: true);
        }

        var diff = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", copy.Path, "--json");

        Assert.True(diff.ExitCode == 0, diff.Error);
        Assert.Equal(expected.Out, diff.Out);
        Assert.Equal(
            $"Comparing 1.0.0 with 1.1.0: {changed.Count} of 12 province scan(s) differ ({string.Join(", ", changed)}); the other {same.Count} are the same upload in both and are not read …",
            diff.Error.TrimEnd());
    }

    [Fact]
    public async Task Diff_writes_nothing_into_the_store()
    {
        using var copy = CopyOfDemoStore();
        Directory.Delete(Path.Combine(copy.Path, ".regioscan"), recursive: true);
        var before = Directory.GetFileSystemEntries(copy.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var json = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", copy.Path, "--json");
        var markdown = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", copy.Path);

        Assert.True(json.ExitCode == 0 && markdown.ExitCode == 0, json.Error + markdown.Error);
        var after = Directory.GetFileSystemEntries(copy.Path, "*", SearchOption.AllDirectories);
        Assert.Empty(after.Except(before).Select(p => Path.GetRelativePath(copy.Path, p)));
        Assert.Equal(before.Count, after.Length);
    }

    [Fact]
    public async Task A_changed_province_whose_staged_scan_folder_is_gone_is_compared_from_the_parquet_files()
    {
        using var copy = CopyOfDemoStore();
        var (_, changed) = await ProvincesAsync(copy.Path);
        Directory.Delete(Path.Combine(copy.Path, "scans", changed[0]), recursive: true);

        var diff = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", copy.Path, "--json");

        Assert.True(diff.ExitCode == 0, diff.Error);
        Assert.Contains("reading the releases' Parquet files instead", diff.Error, StringComparison.Ordinal);
        Assert.Equal(await InMemoryDiffAsync("1.0.0", "1.1.0"), diff.Out.TrimEnd());
    }

    [Fact]
    public async Task A_changed_province_whose_staged_file_is_gone_is_an_error_that_names_it_and_the_way_out()
    {
        using var copy = CopyOfDemoStore();
        var (_, changed) = await ProvincesAsync(copy.Path);
        var province = changed[0];
        // Its scans' folders are still there (with their reports), their staged activities are not.
        foreach (var folder in Directory.GetDirectories(Path.Combine(copy.Path, "scans", province)))
        {
            File.Delete(Path.Combine(folder, "activities.jsonl"));
        }

        var diff = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", copy.Path);

        Assert.Equal(2, diff.ExitCode);
        Assert.Contains($"scans/{province}/", diff.Error, StringComparison.Ordinal);
        Assert.Contains("To stage it again:", diff.Error, StringComparison.Ordinal);
        Assert.Contains($"ingest the file ('regioscan ingest <file> --province {province}')", diff.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, diff.Out);
    }

    private async Task<string> InMemoryDiffAsync(string from, string to)
    {
        var catalog = new ReleaseCatalog(new LocalBlobStore(demo.Store));
        var before = await catalog.LoadTablesAsync((await catalog.GetManifestAsync(from))!.Inputs);
        var after = await catalog.LoadTablesAsync((await catalog.GetManifestAsync(to))!.Inputs);
        using var buffer = new MemoryStream();
        ChangesJsonWriter.Write(ReleaseDiff.Compare(before, after), to, from, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The change set of <see cref="ReleaseCatalog.DiffAsync"/>, which <c>regioscan diff --json</c> prints, in either order.</summary>
    private async Task<string> SpooledDiffAsync(string from, string to)
    {
        var catalog = new ReleaseCatalog(new LocalBlobStore(demo.Store));
        using var changes = await catalog.DiffAsync((await catalog.GetManifestAsync(from))!, (await catalog.GetManifestAsync(to))!, new TempFileScratchSpace());
        using var buffer = new MemoryStream();
        ChangesJsonWriter.Write(changes, to, from, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray()).TrimEnd();
    }

    private async Task<Dictionary<string, Dictionary<string, int>>> CountsAsync(string from, string to)
    {
        using var json = JsonDocument.Parse(await SpooledDiffAsync(from, to));
        return json.RootElement.GetProperty("counts").EnumerateObject().ToDictionary(
            t => t.Name, t => t.Value.EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetInt32()));
    }

    private static string FromSummary(string markdown) => markdown[markdown.IndexOf("## Summary", StringComparison.Ordinal)..];

    /// <summary>The provinces whose scan is the same upload in 1.0.0 and 1.1.0, and those whose scan changed.</summary>
    private static async Task<(List<string> Same, List<string> Changed)> ProvincesAsync(string store)
    {
        var catalog = new ReleaseCatalog(new LocalBlobStore(store));
        IReadOnlyDictionary<string, ReleaseInput> before = (await catalog.GetManifestAsync("1.0.0"))!.Inputs;
        IReadOnlyDictionary<string, ReleaseInput> after = (await catalog.GetManifestAsync("1.1.0"))!.Inputs;
        var same = before.Keys.Where(p => after.TryGetValue(p, out var a) && a.UploadId == before[p].UploadId).Order(StringComparer.Ordinal).ToList();
        return (same, before.Keys.Except(same).Order(StringComparer.Ordinal).ToList());
    }

    private TempStore CopyOfDemoStore()
    {
        var copy = new TempStore();
        CopyFolder(demo.Store, copy.Path);
        return copy;
    }

    /// <summary>A copy of the demo's releases/ alone, as a public mirror or a consumer's download holds it.</summary>
    private TempStore CopyOfDemoReleases()
    {
        var copy = new TempStore();
        CopyFolder(demo.Releases, Path.Combine(copy.Path, "releases"));
        return copy;
    }

    private void CopyFolder(string from, string to)
    {
        Assert.True(demo.Demo.ExitCode == 0, demo.Demo.Error);
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
