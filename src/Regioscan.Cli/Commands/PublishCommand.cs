using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Cli.Output;
using Regioscan.Core.Pipeline;

namespace Regioscan.Cli.Commands;

/// <summary>
/// <c>regioscan publish [--store S] [--reason TEXT] [--force] [--json]</c>: a new release from the current scan of every
/// province; with <c>--force</c> also when the data did not change (to publish changed metadata).
/// </summary>
internal static class PublishCommand
{
    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var reason = CommonOptions.Reason();
        var force = new Option<bool>("--force")
        {
            Description = "Make a release even when the data did not change (a PATCH version whose change log says so), to publish "
                + "changed metadata: catalogue settings such as REGIOSCAN_CONTACT_EMAIL or REGIOSCAN_BASE_URL, datapackage.json texts, the map. "
                + "Give a --reason.",
        };
        var json = CommonOptions.Json("the result");
        var command = new Command("publish", "Publish a new release from the latest accepted scan of every province (no release when nothing changed, unless --force).")
        {
            store, reason, force, json,
        };
        command.SetAction((parsed, cancellationToken) => CommandRunner.RunAsync(console, parsed.GetValue(store), async services =>
        {
            var asJson = parsed.GetValue(json);
            var publisher = services.GetRequiredService<Publisher>();
            var result = await publisher.PublishAsync(
                parsed.GetValue(reason) ?? "manual publish", parsed.GetValue(force), new ConsoleProgress(console.Error), cancellationToken);
            await PublishPrinter.PrintAsync(result, services, asJson, console, cancellationToken);
            return CliApp.Ok;
        }));
        return command;
    }
}
