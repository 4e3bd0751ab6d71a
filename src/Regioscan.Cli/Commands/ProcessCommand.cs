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
                await JsonOutput.WriteAsync(console.Out, ToJson(result));
                return ExitCode(result);
            }

            foreach (var line in Summary(result))
            {
                await console.Out.WriteLineAsync(line);
            }

            if (result.Publish is not null)
            {
                await PublishPrinter.PrintAsync(result.Publish, services, asJson: false, console, cancellationToken);
            }

            return ExitCode(result);
        }));
        return command;
    }

    /// <summary>
    /// What <c>--json</c> prints: each processed upload (with <c>current_instead</c>, the province's current scan when this
    /// accepted upload did not become it, else null), the count skipped, and the publish.
    /// </summary>
    internal static object ToJson(ProcessResult result) => new
    {
        processed = result.Processed.Select(r => new
        {
            upload = r.Upload, upload_id = r.UploadId, province = r.ProvinceCode, accepted = r.Accepted,
            location = r.Location, errors = r.Report.Errors.Count,
            current_instead = r.CurrentInstead is { } other ? new { upload_id = other.UploadId, file = other.File } : null,
        }),
        skipped = result.Skipped,
        publish = result.Publish is null ? null : PublishPrinter.ToJson(result.Publish),
    };

    /// <summary>
    /// The summary on stdout: the counts, then each rejected upload with where its report is, and each accepted upload that
    /// another ingest of its province overtook (its scan is stored, but the other one is current and published).
    /// </summary>
    internal static IEnumerable<string> Summary(ProcessResult result)
    {
        var accepted = result.Processed.Count(r => r.Accepted);
        var notCurrent = result.Processed.Count(r => r.CurrentInstead is not null);
        var overtaken = notCurrent > 0 ? $" ({notCurrent} not made current)" : string.Empty;
        yield return $"Processed {result.Processed.Count} upload(s): {accepted} accepted{overtaken}, {result.Processed.Count - accepted} rejected; {result.Skipped} already processed before.";
        foreach (var rejected in result.Processed.Where(r => !r.Accepted))
        {
            var name = rejected.Upload ?? rejected.Report.File;
            var same = rejected.AlreadyProcessed ? $"; the same bytes as {rejected.EarlierFile ?? rejected.Report.File}, rejected before and again now" : string.Empty;
            yield return $"  rejected {name}: see {rejected.Location}report.json ({rejected.Report.Errors.Count} error(s){same})";
        }

        foreach (var upload in result.Processed)
        {
            if (upload.NotCurrentMessage(upload.Upload ?? upload.Report.File) is { } message)
            {
                yield return "  not current: " + message;
            }
        }
    }

    /// <summary>1 when an upload of this run was rejected (the accepted ones are still published), else 0.</summary>
    private static int ExitCode(ProcessResult result) => result.Processed.Any(r => !r.Accepted) ? CliApp.Rejected : CliApp.Ok;
}
