using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Cli.Output;
using Regioscan.Core.Pipeline;

namespace Regioscan.Cli.Commands;

/// <summary><c>regioscan publish [--store S] [--reason TEXT] [--json]</c>: a new release from the current scan of every province.</summary>
internal static class PublishCommand
{
    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var reason = CommonOptions.Reason();
        var json = CommonOptions.Json("the result");
        var command = new Command("publish", "Publish a new release from the latest accepted scan of every province (no release when nothing changed).")
        {
            store, reason, json,
        };
        command.SetAction((parsed, cancellationToken) => CommandRunner.RunAsync(console, parsed.GetValue(store), async services =>
        {
            var asJson = parsed.GetValue(json);
            var publisher = services.GetRequiredService<Publisher>();
            var result = await publisher.PublishAsync(parsed.GetValue(reason) ?? "manual publish", new ConsoleProgress(console.Error), cancellationToken);
            await PublishPrinter.PrintAsync(result, services, asJson, console, cancellationToken);
            return CliApp.Ok;
        }));
        return command;
    }
}
