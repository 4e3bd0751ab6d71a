using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Cli.Output;
using Regioscan.Core.Pipeline;

namespace Regioscan.Cli.Commands;

/// <summary><c>regioscan process [--store S]</c>: every upload not yet processed, then one publish if anything was accepted.</summary>
internal static class ProcessCommand
{
    public static Command Create(CliConsole console)
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json("the result");
        var command = new Command("process", "Process every upload in uploads/ not yet processed (what the upload trigger does), then publish if anything was accepted.")
        {
            store, json,
        };
        command.SetAction((parsed, cancellationToken) => CommandRunner.RunAsync(console, parsed.GetValue(store), async services =>
        {
            var processor = services.GetRequiredService<UploadProcessor>();
            var result = await processor.ProcessAllAsync("new uploads accepted", new ConsoleProgress(console.Error), cancellationToken: cancellationToken);
            if (parsed.GetValue(json))
            {
                await JsonOutput.WriteAsync(console.Out, new
                {
                    processed = result.Processed.Select(r => new
                    {
                        upload = r.Upload, upload_id = r.UploadId, province = r.ProvinceCode, accepted = r.Accepted,
                        location = r.Location, errors = r.Report.Errors.Count,
                    }),
                    skipped = result.Skipped,
                    publish = result.Publish is null ? null : PublishPrinter.ToJson(result.Publish),
                });
                return ExitCode(result);
            }

            var accepted = result.Processed.Count(r => r.Accepted);
            await console.Out.WriteLineAsync($"Processed {result.Processed.Count} upload(s): {accepted} accepted, {result.Processed.Count - accepted} rejected; {result.Skipped} already processed before.");
            foreach (var rejected in result.Processed.Where(r => !r.Accepted))
            {
                var name = rejected.Upload ?? rejected.Report.File;
                var same = rejected.AlreadyProcessed ? $"; the same bytes as {rejected.EarlierFile ?? rejected.Report.File}, rejected before and again now" : string.Empty;
                await console.Out.WriteLineAsync($"  rejected {name}: see {rejected.Location}report.json ({rejected.Report.Errors.Count} error(s){same})");
            }

            if (result.Publish is not null)
            {
                await PublishPrinter.PrintAsync(result.Publish, services, asJson: false, console, cancellationToken);
            }

            return ExitCode(result);
        }));
        return command;
    }

    /// <summary>1 when an upload of this run was rejected (the accepted ones are still published), else 0.</summary>
    private static int ExitCode(ProcessResult result) => result.Processed.Any(r => !r.Accepted) ? CliApp.Rejected : CliApp.Ok;
}
