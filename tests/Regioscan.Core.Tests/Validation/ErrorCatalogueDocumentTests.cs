using System.Text;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Validation;

/// <summary>docs/error-codes.md is the catalogue of <see cref="ErrorCodes"/> rendered, so the two cannot drift apart.</summary>
public sealed class ErrorCatalogueDocumentTests
{
    [Fact]
    public void The_error_catalogue_document_is_the_catalogue_rendered()
    {
        var path = Path.Combine(Golden.RepositoryRoot(), "docs", "error-codes.md");
        var expected = Render();
        if (Environment.GetEnvironmentVariable("REGIOSCAN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("""
            # Validation issue codes

            Every upload gets a validation report, also when it is accepted (see DESIGN.md, "Validation report").
            Each issue in it has a `code` from this catalogue, the `row` a spreadsheet shows (the header is row 1;
            a cell with line breaks is still one row; `null` for the whole file), the template `column` (such as
            `digitaliseringsvorm`, whatever the header was typed as), the `value` as typed, a `message`, a
            `suggestion` that says how to fix this occurrence, and the spreadsheet `cell` (such as `B12`) when the
            issue is about one cell: the row, and the column's position in the header row, for CSV files as for
            Excel workbooks.

            **Errors** reject the upload: it is quarantined until a corrected file is uploaded. **Warnings** do
            not: the upload is accepted, and the warning is worth a look. Every issue is reported; there is no cap.
            Codes are a contract: they are never renamed or reused.

            This page is generated from `src/Regioscan.Core/Validation/ErrorCodes.cs`; a test keeps the two equal
            (`REGIOSCAN_UPDATE_GOLDEN=1 dotnet test tests/Regioscan.Core.Tests` rewrites it).

            """);
        foreach (var severity in new[] { IssueSeverity.Error, IssueSeverity.Warning })
        {
            text.Append('\n').Append(severity == IssueSeverity.Error ? "## Errors" : "## Warnings").Append("\n\n");
            text.Append("| code | when |\n|---|---|\n");
            foreach (var info in ErrorCodes.All.Where(i => i.Severity == severity))
            {
                text.Append("| [`").Append(info.Code).Append("`](#").Append(info.Code).Append(") | ")
                    .Append(info.Meaning.Split(". ")[0].TrimEnd('.')).Append(" |\n");
            }

            foreach (var info in ErrorCodes.All.Where(i => i.Severity == severity))
            {
                text.Append("\n### ").Append(info.Code).Append("\n\n")
                    .Append("**Meaning.** ").Append(info.Meaning).Append("\n\n")
                    .Append("**Example.** ").Append(info.Example).Append("\n\n")
                    .Append("**Fix.** ").Append(info.Fix).Append('\n');
            }
        }

        return text.ToString();
    }
}
