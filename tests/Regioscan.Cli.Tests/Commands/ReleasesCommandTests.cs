using System.Text.Json;
using Regioscan.Cli.Tests.Support;
using Regioscan.Core.Demo;

namespace Regioscan.Cli.Tests.Commands;

/// <summary><c>regioscan releases</c>: the table, and what a damaged index or latest pointer gives.</summary>
public sealed class ReleasesCommandTests
{
    private const string RebuildIndex =
        "Restore it from a backup or, when every release folder still has its manifest.json, delete releases/index.json and "
        + "releases/latest.json and publish again ('regioscan publish --reason recovery'), which rebuilds both from the release folders.";

    private const string RepointLatest =
        "Restore it from a backup, or delete it and publish again ('regioscan publish --reason recovery'), which points it at the newest complete release.";

    [Theory]
    [InlineData("index.json", """{"releases": [{"version": null}]}""", "releases[0].version is missing or not valid", RebuildIndex)]
    [InlineData("index.json", "{}", "releases is missing", RebuildIndex)]
    [InlineData("index.json", """{"releases": [null]}""", "releases[0] is missing or not valid", RebuildIndex)]
    [InlineData("index.json", """{"releases": [{"version": "1.0.0"}]}""", "releases[0].published_at is missing or not valid", RebuildIndex)]
    [InlineData("latest.json", "{}", "version is missing or not a release version", RepointLatest)]
    [InlineData("latest.json", """{"version": "latest"}""", "version is missing or not a release version", RepointLatest)]
    public async Task Valid_json_without_a_field_readers_need_is_a_damaged_store_file_with_how_to_restore_it(
        string file, string content, string problem, string restore)
    {
        using var store = await StoreWithOneReleaseAsync("first");
        await File.WriteAllTextAsync(Path.Combine(store.Path, "releases", file), content);
        var expected = $"error: releases/{file} is not valid: {problem}. {restore}";

        // An unreadable latest.json leaves `releases` to list from index.json, with the current release unknown.
        string[][] failing = file == "latest.json" ? [["publish", "--json"]] : [["releases"], ["releases", "--json"], ["publish", "--json"]];
        foreach (var args in failing)
        {
            var run = await CliRun.RunAsync([.. args, "--store", store.Path]);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Out);
            Assert.Equal(expected, run.Error.ReplaceLineEndings("\n").TrimEnd().Split('\n')[^1]);
        }

        if (file == "latest.json")
        {
            var list = await CliRun.RunAsync("releases", "--store", store.Path);

            Assert.Equal(0, list.ExitCode);
            Assert.Contains("1.0.0", list.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("(latest)", list.Out, StringComparison.Ordinal);
            Assert.Equal($"warning: the current release is unknown, so none is marked (latest): releases/latest.json is not valid: {problem}. {restore}", list.Error.TrimEnd());
        }
    }

    [Fact]
    public async Task An_index_that_is_not_json_says_how_to_restore_it_too()
    {
        using var store = await StoreWithOneReleaseAsync("first");
        await File.WriteAllTextAsync(Path.Combine(store.Path, "releases", "index.json"), "garbage");

        var run = await CliRun.RunAsync("releases", "--store", store.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: releases/index.json is not valid: 'g' is an invalid start of a value.", run.Error, StringComparison.Ordinal);
        Assert.EndsWith(RebuildIndex, run.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_of_several_lines_is_one_line_of_the_table_and_kept_whole_in_json()
    {
        const string reason = "Merge PR #12\r\n\n# Heading\n| a | b |";
        using var store = await StoreWithOneReleaseAsync(reason);

        var table = await CliRun.RunAsync("releases", "--store", store.Path);
        var json = await CliRun.RunAsync("releases", "--store", store.Path, "--json");

        Assert.True(table.ExitCode == 0, table.Error);
        var lines = table.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("1.0.0 ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("  Merge PR #12 # Heading | a | b | (latest)", lines[1], StringComparison.Ordinal);
        using var index = JsonDocument.Parse(json.Out);
        Assert.Equal(reason, index.RootElement.GetProperty("releases")[0].GetProperty("reason").GetString());
    }

    /// <summary>A store with one province's scan published as release 1.0.0.</summary>
    private static async Task<TempStore> StoreWithOneReleaseAsync(string reason)
    {
        var store = new TempStore();
        var upload = DemoScanGenerator.Generate().FirstRound.Single(u => u.ProvinceCode == "PV29");
        var file = store.File("zl.csv", upload.Content);
        var ingest = await CliRun.RunAsync("ingest", file, "--province", "PV29", "--store", store.Path);
        var publish = await CliRun.RunAsync("publish", "--store", store.Path, "--reason", reason);
        Assert.True(ingest.ExitCode == 0 && publish.ExitCode == 0, ingest.Error + publish.Error);
        return store;
    }
}
