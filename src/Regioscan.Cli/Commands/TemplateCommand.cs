using System.CommandLine;
using System.Text;
using Regioscan.Core.Template;

namespace Regioscan.Cli.Commands;

/// <summary>
/// <c>regioscan template [--xlsx|--csv] [-o FILE] [--force]</c>: writes the empty scan template and prints
/// its path. The format follows <c>--xlsx</c>/<c>--csv</c>, else the file's extension (<c>.csv</c>, <c>.xlsx</c>), else
/// XLSX; <c>-o -</c> writes the CSV template to stdout. Exit 0 written, 2 usage error, existing file (without
/// <c>--force</c>) or unwritable path.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliConsole console)
    {
        var xlsx = new Option<bool>("--xlsx")
        {
            Description = "Write an Excel workbook (the default): drop-down lists for coded columns, a sheet with the code lists, a sheet explaining each column.",
        };
        var csv = new Option<bool>("--csv")
        {
            Description = "Write a CSV file: the header row only, UTF-8 with byte order mark, comma-separated (uploads may use , ; or tab).",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write (default regioscan-template.xlsx or regioscan-template.csv in the current folder); "
                + "a name ending in .csv or .xlsx chooses the format; - writes the CSV template to standard output.",
            HelpName = "FILE",
        }.NeedsValue();
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("template", "Write an empty scan template to fill in: one row per activity, the template's columns in order.")
        {
            xlsx,
            csv,
            output,
            force,
        };
        command.Validators.Add(result =>
        {
            var path = result.GetValue(output);
            if (result.GetValue(xlsx) && result.GetValue(csv))
            {
                result.AddError("Choose one of --xlsx and --csv.");
            }
            else if (path == StandardOutput && result.GetValue(xlsx))
            {
                result.AddError("-o - writes the CSV template to standard output; a workbook is binary: give its file name with -o.");
            }
            else if (CsvByName(path) is { } byName && (byName ? result.GetValue(xlsx) : result.GetValue(csv)))
            {
                result.AddError($"'{path}' is a {(byName ? "CSV" : "workbook")} file name, but {(byName ? "--xlsx" : "--csv")} was given: "
                    + $"leave {(byName ? "--xlsx" : "--csv")} out, or end the name in {(byName ? ".xlsx" : ".csv")}.");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(
            console, parse.GetValue(csv) || CsvByName(parse.GetValue(output)) == true, parse.GetValue(output), parse.GetValue(force), cancellationToken));
        return command;
    }

    /// <summary>The <c>-o</c> value for standard output.</summary>
    private const string StandardOutput = "-";

    /// <summary>The format a file name asks for: true CSV (<c>.csv</c>, or stdout), false XLSX (<c>.xlsx</c>), null neither.</summary>
    private static bool? CsvByName(string? path) =>
        path == StandardOutput ? true
        : Path.GetExtension(path)?.ToUpperInvariant() switch { ".CSV" => true, ".XLSX" => false, _ => null };

    private static async Task<int> RunAsync(CliConsole console, bool csv, string? output, bool force, CancellationToken cancellationToken)
    {
        if (output == StandardOutput)
        {
            // The same bytes as the file (UTF-8 with its byte order mark, which Excel needs), so '> template.csv' works.
            using var buffer = new MemoryStream();
            TemplateWriter.WriteCsv(buffer);
            await console.Out.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), cancellationToken);
            return CliApp.Ok;
        }

        var path = Path.GetFullPath(output ?? (csv ? "regioscan-template.csv" : "regioscan-template.xlsx"));
        if (Directory.Exists(path))
        {
            return await FailAsync(console, $"'{path}' is a folder. Give the path of the file to write with -o.");
        }

        if (File.Exists(path) && !force)
        {
            return await FailAsync(console, $"'{path}' already exists. Add --force to overwrite it, or choose another file with -o.");
        }

        try
        {
            await using var stream = new FileStream(path, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None);
            if (csv)
            {
                TemplateWriter.WriteCsv(stream);
            }
            else
            {
                TemplateWriter.WriteXlsx(stream);
            }

            await stream.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or DirectoryNotFoundException)
        {
            return await FailAsync(console, $"'{path}' cannot be written: {ex.Message} Choose a file in a folder you can write to with -o.");
        }
        catch (IOException ex)
        {
            return await FailAsync(console, $"'{path}' cannot be written: {ex.Message}");
        }

        await console.Out.WriteLineAsync(path);
        return CliApp.Ok;
    }

    private static async Task<int> FailAsync(CliConsole console, string message)
    {
        await console.Error.WriteLineAsync("regioscan template: " + message);
        return CliApp.UsageError;
    }
}
