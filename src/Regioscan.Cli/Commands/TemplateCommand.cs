using System.CommandLine;
using Regioscan.Core.Template;

namespace Regioscan.Cli.Commands;

/// <summary>
/// <c>regioscan template [--xlsx|--csv] [-o FILE] [--force]</c>: writes the empty scan template and prints
/// its path. Exit 0 written, 2 usage error, existing file (without <c>--force</c>) or unwritable path.
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
            Description = "The file to write (default regioscan-template.xlsx or regioscan-template.csv in the current folder).",
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
            if (result.GetValue(xlsx) && result.GetValue(csv))
            {
                result.AddError("Choose one of --xlsx and --csv.");
            }
        });
        command.SetAction((parse, cancellationToken) =>
            RunAsync(console, parse.GetValue(csv), parse.GetValue(output), parse.GetValue(force), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, bool csv, string? output, bool force, CancellationToken cancellationToken)
    {
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
