using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Cli.Output;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

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
            var latest = await LatestAsync(catalog, console, cancellationToken);
            var folders = await catalog.ListVersionFoldersAsync(cancellationToken);
            var unlisted = await catalog.UnlistedReleasesAsync(
                folders, index, ReleaseVersion.TryParse(latest, out var current) ? current : null, cancellationToken);
            if (unlisted.Count > 0)
            {
                var what = index.Releases.Count == 0
                    ? $"releases/index.json is missing or lists no release, but {unlisted.Count} version folder(s) are complete"
                    : $"releases/index.json does not list release(s) {string.Join(", ", unlisted.Select(r => r.Version))}, whose version folders are complete";
                await console.Error.WriteLineAsync(
                    $"warning: {what}: listed from their manifests. The next publish ('regioscan publish --reason recovery') adds them to index.json.");
            }

            var lost = await WarnOfLostReleasesAsync(catalog, console, index, folders, cancellationToken);
            var releases = index.Releases.Concat(unlisted).OrderBy(r => ReleaseVersion.Parse(r.Version)).ToList();
            if (parsed.GetValue(json))
            {
                // "lost": the releases that cannot be downloaded or compared, by what they lack, for a script to check.
                await JsonOutput.WriteAsync(console.Out, new { latest, releases, lost });
                return CliApp.Ok;
            }

            if (releases.Count == 0)
            {
                await console.Out.WriteLineAsync("No releases yet. Ingest scans and run 'regioscan publish' (or 'regioscan demo').");
                return CliApp.Ok;
            }

            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"version",-10} {"published (UTC)",-17} {"initiatives",11} {"activities",10} {"reach/yr",9}  reason"));
            foreach (var r in releases)
            {
                var mark = (lost.TryGetValue(r.Version, out var what) ? $" ({what})" : string.Empty)
                    + (r.Version == latest ? " (latest)" : string.Empty);
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Version,-10} {r.PublishedAt.UtcDateTime,-17:yyyy-MM-dd HH:mm} {r.Counts.Initiatives,11} {r.Counts.Activities,10} {r.Counts.ReachPerYear,9}  {OneLine(r.Reason)}{mark}"));
            }

            return CliApp.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Warns of each release <c>index.json</c> lists whose version folder, or its manifest, is gone (from the one listing of
    /// the version folders already made, not a call per release), with how to restore it. Returns what each lacks, to mark
    /// its row: such a release cannot be downloaded or compared.
    /// </summary>
    private static async Task<Dictionary<string, string>> WarnOfLostReleasesAsync(
        ReleaseCatalog catalog, CliConsole console, ReleaseIndex index, SortedDictionary<ReleaseVersion, bool> folders, CancellationToken cancellationToken)
    {
        var lost = new Dictionary<string, string>(StringComparer.Ordinal);
        VersionedContent? latestCopy = null;
        foreach (var entry in index.Releases)
        {
            var version = ReleaseVersion.Parse(entry.Version);
            var folderExists = folders.TryGetValue(version, out var complete);
            if (complete)
            {
                continue;
            }

            latestCopy ??= await catalog.ReadLatestManifestCopyAsync(cancellationToken);
            lost[entry.Version] = folderExists ? "manifest missing" : "folder missing";
            await console.Error.WriteLineAsync("warning: " + ReleaseCatalog.LostReleaseMessage(
                version, "releases/index.json lists it", folderExists, entry.ManifestSha256, latestCopy));
        }

        return lost;
    }

    /// <summary>
    /// The release <c>latest.json</c> names. One that cannot be read leaves the list to <c>index.json</c>, with no release
    /// marked current, and a warning that says why.
    /// </summary>
    private static async Task<string?> LatestAsync(ReleaseCatalog catalog, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            return (await catalog.GetLatestAsync(cancellationToken))?.Value.Version;
        }
        catch (InvalidDataException e)
        {
            await console.Error.WriteLineAsync($"warning: the current release is unknown, so none is marked (latest): {e.Message}");
            return null;
        }
    }

    /// <summary>A reason on its row of the table: its lines (a commit message) joined by spaces; the JSON keeps them.</summary>
    private static string OneLine(string? reason) =>
        reason is null ? string.Empty : string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
