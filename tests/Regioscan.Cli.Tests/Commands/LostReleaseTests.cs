using System.Text.Json;
using Regioscan.Cli.Tests.Support;

namespace Regioscan.Cli.Tests.Commands;

/// <summary>
/// <c>regioscan diff</c> and <c>regioscan releases</c> on a demo store where a release that <c>index.json</c> lists lost its
/// version folder, or only its manifest: the release is named as published but gone, with the way to restore it, not as a
/// release that does not exist; and the way given works.
/// </summary>
public sealed class LostReleaseTests
{
    [Fact]
    public async Task Diff_of_an_older_release_whose_folder_is_gone_says_so_and_to_restore_it_from_a_backup()
    {
        using var store = await TempStore.WithDemoAsync();
        Directory.Delete(Release(store, "1.0.0"), recursive: true);

        string[][] formats = [[], ["--json"]];
        foreach (var format in formats)
        {
            var run = await CliRun.RunAsync(["diff", "1.0.0", "1.1.0", "--store", store.Path, .. format]);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Out);
            Assert.Equal(
                "error: Release 1.0.0 was published (releases/index.json lists it), but its folder releases/v1.0.0/ is missing: restore "
                    + "releases/v1.0.0/ from a backup or another copy of release 1.0.0 (its manifest.json with sha256 "
                    + $"{RecordedSha256(store, "1.0.0")}, as index.json records, and every file its manifest lists; check them with 'sha256sum -c SHA256SUMS'). Do not delete latest.json or index.json: the next release would then "
                    + "reuse the version number.",
                run.Error.TrimEnd());
        }
    }

    [Fact]
    public async Task Diff_of_the_current_release_whose_folder_is_gone_points_at_latest_and_copying_it_back_works()
    {
        using var store = await TempStore.WithDemoAsync();
        Directory.Delete(Release(store, "1.1.0"), recursive: true);

        var run = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", store.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            "error: Release 1.1.0 was published (releases/index.json lists it), but its folder releases/v1.1.0/ is missing: releases/latest/ "
                + $"is an exact copy of it (releases/latest/manifest.json has the sha256 {RecordedSha256(store, "1.1.0")} that index.json records "
                + "for it): copy all of releases/latest/, its map/ folder too, into releases/v1.1.0/ (in a local store 'cp -a releases/latest/. "
                + "releases/v1.1.0/') and check them there with 'sha256sum -c SHA256SUMS'. Do not "
                + "delete latest.json or index.json: the next release would then reuse the version number.",
            run.Error.TrimEnd());

        // The advice, followed: every file of latest/, in its folders, and each matches SHA256SUMS.
        var latest = Path.Combine(store.Path, "releases", "latest");
        foreach (var file in Directory.EnumerateFiles(latest, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Release(store, "1.1.0"), Path.GetRelativePath(latest, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var again = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", store.Path);
        Assert.True(again.ExitCode == 0, again.Error);
        var sums = File.ReadAllLines(Path.Combine(Release(store, "1.1.0"), "SHA256SUMS"));
        Assert.Contains(sums, line => line.Contains("map/", StringComparison.Ordinal));
        foreach (var line in sums)
        {
            var (sha256, name) = (line[..64], line[66..]);
            var bytes = File.ReadAllBytes(Path.Combine(Release(store, "1.1.0"), name));
            Assert.Equal(sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
    }

    [Fact]
    public async Task Diff_of_a_release_that_lost_only_its_manifest_says_a_publish_restores_it_and_it_does()
    {
        using var store = await TempStore.WithDemoAsync();
        File.Delete(Path.Combine(Release(store, "1.1.0"), "manifest.json"));

        var run = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", store.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: Release 1.1.0 was published (releases/index.json lists it), but its manifest releases/v1.1.0/manifest.json is missing: "
                + $"releases/latest/manifest.json has the sha256 {RecordedSha256(store, "1.1.0")} that index.json records for it, so a publish "
                + "('regioscan publish --reason recovery') restores releases/v1.1.0/manifest.json from there. Do not delete latest.json or "
                + "index.json: the next release would then reuse the version number.",
            run.Error.TrimEnd());

        var publish = await CliRun.RunAsync("publish", "--store", store.Path, "--reason", "recovery");
        var again = await CliRun.RunAsync("diff", "1.0.0", "1.1.0", "--store", store.Path);
        Assert.True(publish.ExitCode == 0, publish.Error);
        Assert.True(again.ExitCode == 0, again.Error);
    }

    [Fact]
    public async Task A_release_that_was_never_published_still_does_not_exist()
    {
        using var store = await TempStore.WithDemoAsync();

        var run = await CliRun.RunAsync("diff", "1.0.0", "1.2.0", "--store", store.Path);

        Assert.Equal((2, "error: Release 1.2.0 does not exist. Run 'regioscan releases' to list the releases."), (run.ExitCode, run.Error.TrimEnd()));
    }

    [Fact]
    public async Task Releases_marks_a_listed_release_whose_folder_is_gone_and_warns_with_the_way_to_restore_it()
    {
        using var store = await TempStore.WithDemoAsync();
        Directory.Delete(Release(store, "1.0.0"), recursive: true);

        var run = await CliRun.RunAsync("releases", "--store", store.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"(?m)^1\.0\.0 .* \(folder missing\)$", run.Out);
        Assert.Matches(@"(?m)^1\.1\.0 .*demo: provinces updated their scans \(latest\)$", run.Out);
        Assert.Equal(
            "warning: Release 1.0.0 was published (releases/index.json lists it), but its folder releases/v1.0.0/ is missing: restore "
                + "releases/v1.0.0/ from a backup",
            run.Error[..(run.Error.IndexOf(" or another copy", StringComparison.Ordinal))]);
        Assert.Single(run.Error.TrimEnd().Split('\n'));

        // A script reads the same from --json: the release is listed, and named in "lost" with what it lacks.
        var json = await CliRun.RunAsync("releases", "--store", store.Path, "--json");
        Assert.True(json.ExitCode == 0, json.Error);
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Equal("folder missing", document.RootElement.GetProperty("lost").GetProperty("1.0.0").GetString());
        Assert.Single(document.RootElement.GetProperty("lost").EnumerateObject());
        Assert.Equal(2, document.RootElement.GetProperty("releases").GetArrayLength());
    }

    [Fact]
    public async Task Releases_json_names_no_lost_release_in_a_whole_store()
    {
        using var store = await TempStore.WithDemoAsync();

        var json = await CliRun.RunAsync("releases", "--store", store.Path, "--json");

        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Empty(document.RootElement.GetProperty("lost").EnumerateObject());
    }

    private static string Release(TempStore store, string version) => Path.Combine(store.Path, "releases", "v" + version);

    private static string RecordedSha256(TempStore store, string version)
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(store.Path, "releases", "index.json")));
        return index.RootElement.GetProperty("releases").EnumerateArray()
            .Single(r => r.GetProperty("version").GetString() == version).GetProperty("manifest_sha256").GetString()!;
    }
}
