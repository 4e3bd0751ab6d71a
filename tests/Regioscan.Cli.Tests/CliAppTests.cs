using System.CommandLine;
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
    [InlineData("publish", "--store", "")]
    [InlineData("publish", "--store", "  ")]
    [InlineData("releases", "--store", "")]
    [InlineData("ingest", "scan.csv", "--province", "PV20", "--store", "")]
    public async Task An_empty_store_is_a_usage_error_not_the_default_folder(params string[] args)
    {
        using var cwd = new TempStore();
        Directory.CreateDirectory(cwd.Path);
        await File.WriteAllTextAsync(Path.Combine(cwd.Path, "scan.csv"), "initiatief_id\n");

        var run = await CliProcess.RunAsync(cwd.Path, new Dictionary<string, string>(), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            "--store is empty: give a folder, an Azure Storage connection string or an account URL (https://<account>.blob.core.windows.net), "
                + $"or leave --store out for $REGIOSCAN_STORE or ./regioscan-data.\nRun 'regioscan {args[0]} --help' for its arguments and options.",
            run.Error.TrimEnd().ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(Path.Combine(cwd.Path, "regioscan-data")), "the default folder was not created");
    }

    [Theory]
    [InlineData("--output", "template", "-o", "")]
    [InlineData("--province", "validate", "scan.csv", "--province", " ")]
    [InlineData("--province", "ingest", "scan.csv", "--province", "", "--store", "s")]
    public async Task Any_empty_value_is_a_usage_error_said_once(string option, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            $"{option} is empty: give a value, or leave {option} out.\nRun 'regioscan {args[0]} --help' for its arguments and options.",
            run.Error.TrimEnd().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_store_variable_set_but_empty_is_a_usage_error_not_the_default_folder()
    {
        using var cwd = new TempStore();
        Directory.CreateDirectory(cwd.Path);

        var run = await CliProcess.RunAsync(cwd.Path, new Dictionary<string, string> { ["REGIOSCAN_STORE"] = string.Empty }, "publish", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            "error: $REGIOSCAN_STORE is set but empty: give it a folder, an Azure Storage connection string or an account URL "
                + "(https://<account>.blob.core.windows.net), or unset it for ./regioscan-data.",
            run.Error.TrimEnd());
        Assert.Empty(Directory.GetFileSystemEntries(cwd.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    public async Task A_blank_reason_is_a_usage_error(string reason)
    {
        using var store = new TempStore();

        var run = await CliRun.RunAsync("publish", "--store", store.Path, "--reason", reason);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(
            "--reason needs text; leave it out for the default 'manual publish'.\nRun 'regioscan publish --help' for its arguments and options.",
            run.Error.TrimEnd().ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(store.Path), "nothing was written");
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
    public async Task An_unexpected_exception_exits_2_with_one_line_not_1_with_a_stack_trace()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error);
        using var store = new TempStore();
        var crash = new Command("crash");
        string? missing = null;
        crash.SetAction((_, _) => CommandRunner.RunAsync(console, store.Path, _ => Task.FromResult(missing!.Length)));

        var exit = await CliApp.RunAsync(["crash"], console, [crash], CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Equal(
            "error: unexpected NullReferenceException: Object reference not set to an instance of an object; "
                + "run with REGIOSCAN_DEBUG=1 for the stack trace, and report it",
            error.ToString().TrimEnd());
    }

    [Fact]
    public async Task A_reason_starting_with_a_single_dash_is_a_value()
    {
        using var store = new TempStore();

        var run = await CliRun.RunAsync("publish", "--store", store.Path, "--reason", "-fix of PV20");

        Assert.True(run.ExitCode == 0, run.Error);
    }
}
