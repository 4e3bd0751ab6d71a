using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Cli.Output;
using Regioscan.Core.Demo;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;

namespace Regioscan.Cli.Commands;

/// <summary>
/// <c>regioscan demo [--store S]</c>: uploads seeded sample scans of all 12 provinces, processes and
/// publishes them (release 1.0.0), then uploads changed scans of a few provinces and publishes again.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the sample data (the same seed gives the same data).",
            DefaultValueFactory = _ => DemoScanGenerator.DefaultSeed,
        };
        var command = new Command("demo", "Sample scans for all 12 provinces → two releases with a change log (into ./regioscan-data by default).")
        {
            store, seed,
        };
        command.SetAction((parsed, cancellationToken) => CommandRunner.RunAsync(console, parsed.GetValue(store), async services =>
        {
            var blobs = services.GetRequiredService<IBlobStore>();
            var catalog = services.GetRequiredService<ReleaseCatalog>();
            if (await catalog.GetLatestAsync(cancellationToken) is { } latest)
            {
                await console.Out.WriteLineAsync(
                    $"{blobs.Description} already holds releases (latest {latest.Value.Version}); the demo starts from an empty store. "
                    + "Run 'regioscan releases' to see them, or 'regioscan demo --store <new folder>' for a fresh demo.");
                return CliApp.Ok;
            }

            var progress = new ConsoleProgress(console.Error);
            var data = DemoScanGenerator.Generate(parsed.GetValue(seed));
            var processor = services.GetRequiredService<UploadProcessor>();

            progress.Report($"Round 1: uploading the scans of {data.FirstRound.Count} provinces to {blobs.Description}/uploads …");
            await UploadAsync(blobs, data.FirstRound, cancellationToken);
            var first = await processor.ProcessAllAsync("demo: first national scan", progress, cancellationToken: cancellationToken);
            Report(first, progress);

            progress.Report($"Round 2: {data.SecondRound.Count} provinces upload a changed scan …");
            foreach (var change in data.ExpectedChanges)
            {
                progress.Report("  " + change);
            }

            await UploadAsync(blobs, data.SecondRound, cancellationToken);
            var second = await processor.ProcessAllAsync("demo: provinces updated their scans", progress, cancellationToken: cancellationToken);
            Report(second, progress);

            await console.Out.WriteLineAsync();
            foreach (var publish in new[] { first.Publish, second.Publish })
            {
                if (publish is not null)
                {
                    await PublishPrinter.PrintAsync(publish, services, asJson: false, console, cancellationToken);
                }
            }

            await console.Out.WriteLineAsync();
            await console.Out.WriteLineAsync($"Releases are in {blobs.Description}/releases/ (latest/ always holds the newest).");
            await console.Out.WriteLineAsync("Next: 'regioscan releases', 'regioscan diff 1.0.0 1.1.0', or open releases/latest/CHANGELOG.md.");
            var rejected = first.Processed.Concat(second.Processed).Count(r => !r.Accepted);
            return rejected == 0 ? CliApp.Ok : CliApp.Rejected;
        }));
        return command;
    }

    private static async Task UploadAsync(IBlobStore blobs, IReadOnlyList<DemoUpload> uploads, CancellationToken cancellationToken)
    {
        foreach (var upload in uploads)
        {
            using var content = new MemoryStream(upload.Content, writable: false);
            await blobs.WriteAsync(Containers.Uploads, $"{upload.ProvinceCode}/{upload.FileName}", content, cancellationToken);
        }
    }

    private static void Report(ProcessResult result, ConsoleProgress progress)
    {
        foreach (var rejected in result.Processed.Where(r => !r.Accepted))
        {
            progress.Report($"  unexpected: the sample {rejected.Report.File} was rejected with {rejected.Report.Errors.Count} error(s); see {rejected.Location}report.json");
        }
    }
}
