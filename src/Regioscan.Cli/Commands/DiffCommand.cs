using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Releases.Changes;
using Regioscan.Storage;

namespace Regioscan.Cli.Commands;

/// <summary><c>regioscan diff &lt;vA&gt; &lt;vB&gt; [--store S] [--json]</c>: the change log between two releases.</summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Argument<string>("vA") { Description = "The older release, e.g. 1.0.0 (a leading v is allowed)." };
        var to = new Argument<string>("vB") { Description = "The newer release, e.g. 1.1.0." };
        var store = CommonOptions.Store();
        var json = CommonOptions.Json("the change set (the changes.json format)");
        var command = new Command("diff", "Show what changed, record by record, between two releases.") { from, to, store, json };
        command.SetAction((parsed, cancellationToken) => CommandRunner.RunAsync(console, parsed.GetValue(store), StoreAccess.ReadOnly, async services =>
        {
            var catalog = services.GetRequiredService<ReleaseCatalog>();
            var a = parsed.GetRequiredValue(from);
            var b = parsed.GetRequiredValue(to);
            // diff only reads the store (which may be read-only, or someone else's copy): its scratch files go to the
            // system's temp folder, not to the store's own scratch folder.
            var scratch = new TempFileScratchSpace();
            var fromManifest = await catalog.GetPublishedManifestAsync(a, cancellationToken);
            var toManifest = await catalog.GetPublishedManifestAsync(b, cancellationToken);
            if (ReleaseVersion.Parse(fromManifest.Version) > ReleaseVersion.Parse(toManifest.Version))
            {
                // Backwards, the change log would list what the newer release added as removed, under the older release's heading.
                throw new ArgumentException(
                    $"{fromManifest.Version} is newer than {toManifest.Version}: give the older release first ('regioscan diff {toManifest.Version} {fromManifest.Version}').");
            }

            using var changes = await catalog.DiffAsync(fromManifest, toManifest, scratch, new ConsoleProgress(console.Error), cancellationToken);
            if (parsed.GetValue(json))
            {
                // The change set can be every record of a release: it goes through a scratch file, not a string.
                await using var document = scratch.Create();
                // The versions as the manifests spell them (1.0.0), not as typed (v1.0.0, 01.0.0).
                ChangesJsonWriter.Write(changes, toManifest.Version, fromManifest.Version, document);
                document.Position = 0;
                using var reader = new StreamReader(document, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
                var buffer = new char[1 << 15];
                int read;
                while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    await console.Out.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await console.Out.WriteLineAsync();
                return CliApp.Ok;
            }

            // No reason line: the heading already names both releases, and the writer escapes a reason for Markdown.
            ChangelogMarkdownWriter.Write(changes, toManifest.Version, fromManifest.Version, toManifest.PublishedAt, reason: null, console.Out);
            return CliApp.Ok;
        }));
        return command;
    }
}
