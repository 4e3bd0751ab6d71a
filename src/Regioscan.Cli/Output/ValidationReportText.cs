using System.Globalization;
using System.Text;
using Regioscan.Core.Geography;
using Regioscan.Core.Reading;
using Regioscan.Core.Validation;

namespace Regioscan.Cli.Output;

/// <summary>The validation report as a province employee reads it on a terminal: a verdict, then each issue and its fix.</summary>
internal static class ValidationReportText
{
    public static string Format(ValidationReport report)
    {
        var text = new StringBuilder();
        var province = report.Province is { } code && Provinces.FindByCode(code) is { } p ? $" for {p.Name} ({p.Code})" : string.Empty;
        text.Append(CultureInfo.InvariantCulture,
            $"{report.File}{province}: {(report.Valid ? "VALID" : "NOT VALID")}. {Count(report.Errors.Count, "error")}, {Count(report.Warnings.Count, "warning")}, {Count(report.Rows, "data row")}.\n");
        if (Describe(report.Detected) is { } detected)
        {
            text.Append("Read as ").Append(detected).Append(".\n");
        }

        Section(text, report.Errors, "Errors (fix these, then upload the file again)");
        Section(text, report.Warnings, "Warnings (the file is accepted; worth a look)");
        if (!report.Valid)
        {
            text.Append("\nEvery error code is explained in docs/error-codes.md.\n");
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, IReadOnlyList<ValidationIssue> issues, string title)
    {
        if (issues.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(title).Append(":\n");
        foreach (var issue in issues)
        {
            text.Append("  ").Append(Where(issue)).Append("  [").Append(issue.Code).Append("]\n");
            text.Append("    ").Append(OneLine(issue.Message)).Append('\n');
            if (issue.Suggestion is { } fix)
            {
                text.Append("    How to fix: ").Append(OneLine(fix)).Append('\n');
            }
        }
    }

    private static string Where(ValidationIssue issue)
    {
        var parts = new List<string>(4);
        parts.Add(issue.Row is { } row ? string.Create(CultureInfo.InvariantCulture, $"Row {row}") : "Whole file");
        if (issue.Cell is not null)
        {
            parts.Add("cell " + issue.Cell);
        }

        if (issue.Column is not null)
        {
            parts.Add("column " + issue.Column);
        }

        if (issue.Value is not null)
        {
            parts.Add("value \"" + OneLine(issue.Value) + "\"");
        }

        return string.Join(", ", parts);
    }

    private static string? Describe(DetectedFormat? detected)
    {
        if (detected is null)
        {
            return null;
        }

        if (detected.Format == "xlsx")
        {
            var sheet = detected.Sheet is { } name ? $", sheet '{name}'" : string.Empty;
            var names = detected.HeaderRow is { } row ? string.Create(CultureInfo.InvariantCulture, $", column names on row {row}") : string.Empty;
            return "an Excel workbook (.xlsx)" + sheet + names;
        }

        if (detected.Format != "csv")
        {
            return detected.Format switch
            {
                "xls" => "an old Excel workbook (.xls)",
                "encrypted-xlsx" => "a password-protected Excel workbook",
                "ods" => "an OpenDocument spreadsheet (.ods)",
                "zip" => "a ZIP archive",
                "office-document" => "a Word or PowerPoint document",
                "pdf" => "a PDF document",
                _ => "binary data",
            };
        }

        var parts = new List<string> { "CSV" };
        parts.Add(detected.Encoding switch
        {
            "utf-8" => "encoding UTF-8",
            "utf-8-bom" => "encoding UTF-8 with byte order mark",
            "windows-1252" => "encoding Windows-1252 (Excel's \"CSV (gescheiden door lijstscheidingsteken)\")",
            "utf-16le" or "utf-16be" => "encoding UTF-16 (Excel's \"Unicode-tekst\")",
            var other => "encoding " + other,
        });
        parts.Add(detected.Delimiter switch
        {
            ";" => "separator ; (semicolon)",
            "," => "separator , (comma)",
            "\t" => "separator tab",
            var other => $"separator {other}",
        });
        if (detected.LineEndings is { } endings)
        {
            parts.Add(endings switch
            {
                "crlf" => "Windows line endings (CRLF)",
                "lf" => "Unix line endings (LF)",
                "cr" => "old Mac line endings (CR)",
                _ => "mixed line endings",
            });
        }

        if (detected.HeaderRow is { } header)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"column names on row {header}"));
        }

        return string.Join(", ", parts);
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? string.Empty : "s")}");

    /// <summary>Line breaks in a cell shown as ↵, so that each issue stays on its own lines.</summary>
    private static string OneLine(string text) =>
        text.Replace("\r\n", "↵", StringComparison.Ordinal).Replace('\n', '↵').Replace('\r', '↵');
}
