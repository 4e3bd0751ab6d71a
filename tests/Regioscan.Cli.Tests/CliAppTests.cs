using Regioscan.Cli.Tests.Support;

namespace Regioscan.Cli.Tests;

/// <summary>Usage errors: found by the parser, each said once, exit code 2 and nothing on stdout.</summary>
public sealed class CliAppTests
{
    [Fact]
    public async Task Two_missing_arguments_are_reported_once()
    {
        var run = await CliRun.RunAsync("diff", "--store", "s1");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Single(run.Error.Split('\n'), line => line.Contains("Required argument missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--reason", "--json", "publish", "--store", "{store}", "--reason", "--json")]
    [InlineData("--store", "--json", "releases", "--store", "--json")]
    [InlineData("--store", "--json", "diff", "1.0.0", "1.1.0", "--store", "--json")]
    [InlineData("--province", "--store", "ingest", "{store}/scan.csv", "--province", "--store", "{store}")]
    [InlineData("--province", "--json", "validate", "{store}/scan.csv", "--province", "--json")]
    [InlineData("--output", "--force", "template", "--output", "--force")]
    public async Task An_option_given_as_the_value_of_another_is_a_usage_error(string option, string value, params string[] args)
    {
        using var store = new TempStore();

        var run = await CliRun.RunAsync([.. args.Select(a => a.Replace("{store}", store.Path, StringComparison.Ordinal))]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains($"{option} needs a value; '{value}' is an option.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(store.Path), "nothing was written");
        Assert.False(Directory.Exists(value), "no folder is named after the option");
    }

    [Theory]
    [InlineData("Unrecognized command or argument 'bogus'.", "Run 'regioscan --help' for the commands and their options.", "bogus")]
    [InlineData("Required argument missing for command: 'diff'.", "Run 'regioscan diff --help' for its arguments and options.", "diff", "1.0.0")]
    [InlineData("Unrecognized command or argument '--jsn'.", "Run 'regioscan releases --help' for its arguments and options.", "releases", "--jsn")]
    public async Task After_a_usage_error_the_hint_names_the_help_of_the_command(string message, string hint, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        var lines = run.Error.TrimEnd().ReplaceLineEndings("\n").Split('\n');
        Assert.Contains(message, lines);
        Assert.Equal(hint, lines[^1]);
    }

    [Fact]
    public async Task A_reason_starting_with_a_single_dash_is_a_value()
    {
        using var store = new TempStore();

        var run = await CliRun.RunAsync("publish", "--store", store.Path, "--reason", "-fix of PV20");

        Assert.True(run.ExitCode == 0, run.Error);
    }
}
