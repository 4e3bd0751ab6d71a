using Regioscan.Cli.Tests.Support;

namespace Regioscan.Cli.Tests;

/// <summary>The store a command runs on: what a read-only command may not create, and the messages for a bad store path.</summary>
public sealed class CommandRunnerTests
{
    public static TheoryData<string[]> ReadOnlyCommands => new() { new[] { "releases" }, new[] { "diff", "1.0.0", "1.1.0" } };

    [Theory]
    [MemberData(nameof(ReadOnlyCommands))]
    public async Task A_command_that_only_reads_a_missing_folder_says_so_and_creates_nothing(string[] command)
    {
        using var store = new TempStore();
        var missing = Path.Combine(store.Path, "nope", "deeper");

        var run = await CliRun.RunAsync([.. command, "--store", missing]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal($"error: no store at {missing}: the folder does not exist; check --store / $REGIOSCAN_STORE", run.Error.TrimEnd());
        Assert.False(Directory.Exists(store.Path));
    }

    [Fact]
    public async Task Releases_on_a_mirror_holding_only_releases_creates_no_other_folder()
    {
        using var store = new TempStore();
        Directory.CreateDirectory(Path.Combine(store.Path, "releases"));

        var run = await CliRun.RunAsync("releases", "--store", store.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("No releases yet.", run.Out, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(store.Path, "releases")], Directory.GetFileSystemEntries(store.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_command_that_writes_still_creates_a_new_store()
    {
        using var store = new TempStore();
        var fresh = Path.Combine(store.Path, "new");

        var run = await CliRun.RunAsync("publish", "--store", fresh);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(Directory.Exists(Path.Combine(fresh, "uploads")));
    }

    [Theory]
    [InlineData("releases")]
    [InlineData("publish")]
    public async Task A_store_that_is_a_file_is_named_as_a_file(string command)
    {
        using var store = new TempStore();
        var file = store.File("afile", [1, 2, 3]);

        var run = await CliRun.RunAsync(command, "--store", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            $"error: the store {Path.GetFullPath(file)} is a file, not a folder; check --store / $REGIOSCAN_STORE", run.Error.TrimEnd());
    }
}
