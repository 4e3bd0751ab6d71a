using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Changes;

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
        command.SetAction((parsed, cancellationToken) => CommandRunner.RunAsync(console, parsed.GetValue(store), async services =>
        {
            var a = parsed.GetRequiredValue(from);
            var b = parsed.GetRequiredValue(to);
            var catalog = services.GetRequiredService<ReleaseCatalog>();
            var changes = await catalog.DiffAsync(a, b, cancellationToken);
            var toManifest = await catalog.GetManifestAsync(b, cancellationToken);
            if (parsed.GetValue(json))
            {
                await using var stdout = new MemoryStream();
                ChangesJsonWriter.Write(changes, toManifest!.Version, a, stdout);
                await console.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return CliApp.Ok;
            }

            await console.Out.WriteAsync(ChangelogMarkdownWriter.Render(changes, toManifest!.Version, a, toManifest.PublishedAt, $"comparison of {a} with {b}"));
            return CliApp.Ok;
        }));
        return command;
    }
}
