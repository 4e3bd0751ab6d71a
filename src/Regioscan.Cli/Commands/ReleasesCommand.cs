using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Cli.Output;
using Regioscan.Core.Pipeline;

namespace Regioscan.Cli.Commands;

/// <summary><c>regioscan releases [--store S] [--json]</c>: list the releases.</summary>
internal static class ReleasesCommand
{
    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json("the release index");
        var command = new Command("releases", "List the published releases, oldest first.") { store, json };
        command.SetAction((parsed, cancellationToken) => CommandRunner.RunAsync(console, parsed.GetValue(store), StoreAccess.ReadOnly, async services =>
        {
            var catalog = services.GetRequiredService<ReleaseCatalog>();
            var index = await catalog.GetIndexAsync(cancellationToken);
            var latest = (await catalog.GetLatestAsync(cancellationToken))?.Value.Version;
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console.Out, new { latest, releases = index.Releases });
                return CliApp.Ok;
            }

            if (index.Releases.Count == 0)
            {
                await console.Out.WriteLineAsync("No releases yet. Ingest scans and run 'regioscan publish' (or 'regioscan demo').");
                return CliApp.Ok;
            }

            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"version",-10} {"published (UTC)",-17} {"initiatives",11} {"activities",10} {"reach/yr",9}  reason"));
            foreach (var r in index.Releases)
            {
                var mark = r.Version == latest ? " (latest)" : string.Empty;
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Version,-10} {r.PublishedAt.UtcDateTime,-17:yyyy-MM-dd HH:mm} {r.Counts.Initiatives,11} {r.Counts.Activities,10} {r.Counts.ReachPerYear,9}  {OneLine(r.Reason)}{mark}"));
            }

            return CliApp.Ok;
        }));
        return command;
    }

    /// <summary>A reason on its row of the table: its lines (a commit message) joined by spaces; the JSON keeps them.</summary>
    private static string OneLine(string? reason) =>
        reason is null ? string.Empty : string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
