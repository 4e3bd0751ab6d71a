using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Regioscan.Cli.Output;
using Regioscan.Core.Geography;
using Regioscan.Core.Pipeline;

namespace Regioscan.Cli.Commands;

/// <summary><c>regioscan ingest &lt;file&gt; --province PVxx [--store S]</c>: validate, then stage or quarantine; prints the upload id.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "The scan file (CSV or XLSX) to ingest." };
        var province = new Option<string>("--province")
        {
            Description = "The province the file is for: CBS code PV20 … PV31 (or a province name).",
            Required = true,
        }.NeedsValue();
        var store = CommonOptions.Store();
        var command = new Command("ingest", "Validate a scan and stage it in scans/ (accepted) or quarantine/ (rejected); prints the upload id on stdout.")
        {
            file, province, store,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            console, parsed.GetRequiredValue(file), parsed.GetRequiredValue(province), parsed.GetValue(store), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, FileInfo file, string provinceText, string? store, CancellationToken cancellationToken)
    {
        var province = Provinces.Find(provinceText);
        if (province is null)
        {
            await console.Error.WriteLineAsync($"error: '{provinceText}' is not a province. Use a CBS code PV20 … PV31, e.g. --province PV20 (Groningen).");
            return CliApp.UsageError;
        }

        if (Directory.Exists(file.FullName))
        {
            await console.Error.WriteLineAsync($"error: {file.FullName} is a folder, not a file: give the scan file (CSV or XLSX) to ingest.");
            return CliApp.UsageError;
        }

        if (!file.Exists)
        {
            await console.Error.WriteLineAsync($"error: file not found: {file.FullName}");
            return CliApp.UsageError;
        }

        return await CommandRunner.RunAsync(console, store, async services =>
        {
            var intake = services.GetRequiredService<IntakeService>();
            IntakeResult result;
            await using (var content = file.OpenRead())
            {
                result = await intake.IngestAsync(content, file.Name, province.Code, cancellationToken);
            }

            await console.Out.WriteLineAsync(result.UploadId);
            var verdict = result.Accepted ? "Accepted" : "Rejected";
            var again = result switch
            {
                { EarlierFile: { } earlier, Accepted: false } =>
                    $" (this exact file was rejected before, as {earlier}; validated again with the current rules, it is still rejected)",
                { EarlierFile: { } earlier } => $" (this exact file was rejected before, as {earlier}; validated again with the current rules, it is accepted now)",
                { AlreadyProcessed: true } => " (this exact file was ingested before; nothing new was stored)",
                _ => string.Empty,
            };
            await console.Error.WriteLineAsync($"{verdict}: {file.Name} for {province.Name} ({province.Code}) → {result.Location}{again}");
            if (!result.Accepted || result.Report.Warnings.Count > 0)
            {
                await console.Error.WriteAsync(ValidationReportText.Format(result.Report));
            }

            if (result.NotCurrentMessage(file.Name) is { } notCurrent)
            {
                // Exit code 0 still: the file was accepted and is stored; only which scan is current differs.
                await console.Error.WriteLineAsync("warning: " + notCurrent);
            }
            else if (result.Accepted)
            {
                await console.Error.WriteLineAsync("Run 'regioscan publish' to make a release with it.");
            }

            return result.Accepted ? CliApp.Ok : CliApp.Rejected;
        });
    }
}
