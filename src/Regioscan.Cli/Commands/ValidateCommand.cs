using System.CommandLine;
using Regioscan.Cli.Output;
using Regioscan.Core.Geography;
using Regioscan.Core.Validation;
using Regioscan.Storage;

namespace Regioscan.Cli.Commands;

/// <summary>
/// <c>regioscan validate &lt;file&gt; [--province PVxx] [--json]</c>: checks a scan file and prints the report.
/// Exit 0 valid (warnings allowed), 1 invalid, 2 usage error or unreadable file.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The scan file to check: an Excel workbook (.xlsx) or CSV (any of , ; or tab; UTF-8 or Windows-1252)." };
        var province = new Option<string?>("--province")
        {
            Description = "The province the file is for: CBS code PV20 to PV31 (or the name). Every row must name it.",
            HelpName = "PVxx",
        }.NeedsValue();
        province.Validators.Add(result =>
        {
            // A blank value or an option is NeedsValue's error; one message is enough.
            if (result.GetValueOrDefault<string?>() is { } value && !string.IsNullOrWhiteSpace(value) && !CommonOptions.IsOptionLike(value)
                && Provinces.Find(value) is null)
            {
                result.AddError($"'{value}' is not a province: use a CBS code PV20 to PV31, or a province name such as Fryslân.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print the report as JSON on standard output, and nothing else." };
        var command = new Command("validate", "Check a province's scan file and report every problem with its row, column and how to fix it.")
        {
            file,
            province,
            json,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(console, parse.GetValue(file)!, parse.GetValue(province), parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string path, string? province, bool json, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return await FailAsync(console, $"'{path}' is a folder. Give the path of the scan file itself.");
        }

        ScanResult result;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var validator = new ScanValidator(ValidationOptions.Default, TimeProvider.System);

            // The harmonised rows are spooled to temporary files (deleted with the result), so memory stays flat.
            result = validator.Validate(stream, Path.GetFileName(path), province, new TempFileScratchSpace(), cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return await FailAsync(console, $"'{path}' does not exist. Check the path of the scan file and try again.");
        }
        catch (UnauthorizedAccessException)
        {
            return await FailAsync(console, $"'{path}' cannot be read: permission denied. Copy the file somewhere you can read it, or ask for access.");
        }
        catch (IOException ex)
        {
            return await FailAsync(console, $"'{path}' cannot be read: {ex.Message} Close any program that has the file open and try again.");
        }

        using var done = result;
        if (json)
        {
            await console.Out.WriteLineAsync(ValidationReportJson.ToJson(result.Report));
        }
        else
        {
            await console.Out.WriteAsync(ValidationReportText.Format(result.Report));
        }

        return result.Report.Valid ? CliApp.Ok : CliApp.Rejected;
    }

    private static async Task<int> FailAsync(CliConsole console, string message)
    {
        await console.Error.WriteLineAsync("regioscan validate: " + message);
        return CliApp.UsageError;
    }
}
