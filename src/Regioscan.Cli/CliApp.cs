using System.CommandLine;
using System.CommandLine.Invocation;
using System.Diagnostics.CodeAnalysis;
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
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error);
        return RunAsync(args, console, Commands(console), cancellationToken);
    }

    /// <summary>Parses <paramref name="args"/> and runs one of <paramref name="commands"/> (tests add commands of their own).</summary>
    internal static async Task<int> RunAsync(string[] args, CliConsole console, IEnumerable<Command> commands, CancellationToken cancellationToken)
    {
        var root = new RootCommand("RegioscanPipeline: validate, ingest and publish the Regioscan Digitalisering MKB open data.");
        foreach (var command in commands)
        {
            if (command.Action is AsynchronousCommandLineAction action)
            {
                command.Action = new UnexpectedErrors(action, console);
            }

            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Two missing arguments of one command give the same message twice ("Required argument missing for command").
            foreach (var message in parsed.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
            {
                await console.Error.WriteLineAsync(message);
            }

            await console.Error.WriteLineAsync(parsed.CommandResult.Command is RootCommand
                ? "Run 'regioscan --help' for the commands and their options."
                : $"Run 'regioscan {parsed.CommandResult.Command.Name} --help' for its arguments and options.");
            return UsageError;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
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

    /// <summary>
    /// A command's action with the exceptions no command expects (a bug, a store file damaged in a way nothing checks)
    /// turned into exit code 2 and one line. Left to System.CommandLine they print a stack trace and exit with 1, the
    /// code a CI gate reads as "the province's file was rejected". Cancellation (Ctrl+C, SIGTERM) is left to it: it
    /// exits with 130 or 143.
    /// </summary>
    private sealed class UnexpectedErrors(AsynchronousCommandLineAction action, CliConsole console) : AsynchronousCommandLineAction
    {
        [SuppressMessage("Design", "CA1031", Justification = "The CLI boundary: every exception ends as exit code 2 and one line.")]
        public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
        {
            try
            {
                return await action.InvokeAsync(parseResult, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var line = e.Message.Split('\n', 2)[0].Trim().TrimEnd('.');
                return await CommandRunner.FailAsync(
                    console, $"unexpected {e.GetType().Name}: {line}; run with REGIOSCAN_DEBUG=1 for the stack trace, and report it", e);
            }
        }
    }
}
