using System.Text.Json;
using Regioscan.Cli.Tests.Support;

namespace Regioscan.Cli.Tests.Commands;

/// <summary><c>regioscan releases</c> on a demo store whose <c>index.json</c> or <c>latest.json</c> was lost or damaged.</summary>
public sealed class ReleasesOfADamagedStoreTests
{
    [Fact]
    public async Task Without_index_json_the_releases_are_listed_from_their_version_folders_with_a_warning()
    {
        using var store = await TempStore.WithDemoAsync();
        File.Delete(Path.Combine(store.Path, "releases", "index.json"));

        var run = await CliRun.RunAsync("releases", "--store", store.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("No releases yet", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^1\.0\.0 ", run.Out);
        Assert.Matches(@"(?m)^1\.1\.0 .*\(latest\)$", run.Out);
        Assert.Contains(
            "warning: releases/index.json is missing or lists no release, but 2 version folder(s) are complete: listed from their manifests. " +
            "The next publish ('regioscan publish --reason recovery') adds them to index.json.",
            run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_unreadable_latest_json_the_releases_are_listed_from_index_json_and_none_is_marked_latest()
    {
        using var store = await TempStore.WithDemoAsync();
        await File.WriteAllTextAsync(Path.Combine(store.Path, "releases", "latest.json"), "{garbage");

        var run = await CliRun.RunAsync("releases", "--store", store.Path);
        var json = await CliRun.RunAsync("releases", "--store", store.Path, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"(?m)^1\.0\.0 ", run.Out);
        Assert.Matches(@"(?m)^1\.1\.0 ", run.Out);
        Assert.DoesNotContain("(latest)", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("warning: the current release is unknown, so none is marked (latest): releases/latest.json is not valid", run.Error, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.Error);
        using var listed = JsonDocument.Parse(json.Out);
        Assert.Equal(JsonValueKind.Null, listed.RootElement.GetProperty("latest").ValueKind);
        Assert.Equal(2, listed.RootElement.GetProperty("releases").GetArrayLength());
    }
}
