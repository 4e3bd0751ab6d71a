using System.CommandLine;
using Regioscan.Cli.Commands;

namespace Regioscan.Cli;

/// <summary>
/// The <c>regioscan</c> command line. Exit codes are a contract: 0 success, 1 the input was rejected
/// (invalid scan, rejected upload), 2 usage or I/O error.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code: success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the input is invalid or was rejected.</summary>
    public const int Rejected = 1;

    /// <summary>Exit code: usage error, unreadable file or storage error.</summary>
    public const int UsageError = 2;

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given writers.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("RegioscanPipeline: validate, ingest and publish the Regioscan Digitalisering MKB open data.");
        foreach (var command in Commands(console))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Two missing arguments of one command give the same message twice ("Required argument missing for command").
            foreach (var message in parsed.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
            {
                await error.WriteLineAsync(message);
            }

            await error.WriteLineAsync(parsed.CommandResult.Command is RootCommand
                ? "Run 'regioscan --help' for the commands and their options."
                : $"Run 'regioscan {parsed.CommandResult.Command.Name} --help' for its arguments and options.");
            return UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }

    private static Command[] Commands(CliConsole console) =>
    [
        ValidateCommand.Create(console),
        IngestCommand.Create(console),
        ProcessCommand.Create(console),
        PublishCommand.Create(console),
        DemoCommand.Create(console),
        ReleasesCommand.Create(console),
        DiffCommand.Create(console),
        TemplateCommand.Create(console),
    ];
}
