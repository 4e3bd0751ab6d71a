using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Geography;
using Regioscan.Core.Reading;
using Regioscan.Core.Template;
using Regioscan.Core.Tests.Validation;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Tests.Template;

public sealed class TemplateWriterTests
{
    private static readonly Dictionary<string, string> OneValidRow = new()
    {
        ["initiatief_naam"] = "Digitaal Doen",
        ["provincie"] = "Utrecht",
        ["werkgebied"] = "regionaal",
        ["aanbieders"] = "provincie|kvk",
        ["startjaar"] = "2022",
        ["activiteit_naam"] = "Digitale scan",
        ["activiteit_type"] = "advies",
        ["doelgroep"] = "zzp",
        ["digitaliseringsvorm"] = "cybersecurity|data",
        ["knelpunten"] = "kennis",
        ["bereik_per_jaar"] = "1250",
    };

    [Fact]
    public void The_workbook_template_reads_back_as_the_template_headers_without_data()
    {
        var workbook = Xlsx();

        using (var file = ScanFileReader.Open(new MemoryStream(workbook), 1 << 30, 1 << 20))
        {
            var rows = file.Rows!;
            Assert.True(rows.ReadRow());
            Assert.Equal(ScanTemplate.Columns.Select(c => c.Name), Enumerable.Range(0, rows.CellCount).Select(rows.GetCell));
            Assert.False(rows.ReadRow());
            Assert.Equal("activiteiten", rows.Detected.Sheet);
        }

        var report = Validate(workbook);
        Assert.Equal(ErrorCodes.EmptyFile, Assert.Single(report.Errors).Code);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void The_workbook_template_filled_in_with_one_valid_row_is_valid()
    {
        using var stream = new MemoryStream();
        stream.Write(Xlsx());
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var row = new Row { RowIndex = 2 };
            for (var i = 0; i < ScanTemplate.Columns.Count; i++)
            {
                if (OneValidRow.TryGetValue(ScanTemplate.Columns[i].Name, out var text))
                {
                    row.Append(new Cell(new CellValue(text)) { CellReference = CellReference.Of(i, 2), DataType = CellValues.String });
                }
            }

            part.Worksheet.GetFirstChild<SheetData>()!.Append(row);
        }

        stream.Position = 0;
        var report = new ScanValidator(ValidationOptions.Default, new FixedTimeProvider()).Validate(stream, "sjabloon.xlsx", "PV26").Report;

        Assert.Empty(report.Errors);
        Assert.True(report.Valid);
        Assert.Equal(1, report.Rows);
    }

    [Fact]
    public void The_workbook_template_is_valid_open_xml()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void Single_value_coded_columns_and_the_province_have_drop_down_lists_of_their_codes()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), isEditable: false);
        var codeLists = Cells(Sheet(document, TemplateWriter.CodeListsSheet));
        var validations = Sheet(document, "activiteiten").Descendants<DataValidation>().ToList();

        var lists = validations.Where(v => v.Type?.Value == DataValidationValues.List)
            .ToDictionary(v => ColumnOf(v), v => Range(codeLists, v.Formula1!.Text));

        Assert.Equal(["provincie", "werkgebied", "financiering", "activiteit_type", "impactmeting"], lists.Keys);
        Assert.Equal(Provinces.All.Select(p => p.Name), lists["provincie"]);
        foreach (var list in new[] { CodeListNames.ServiceArea, CodeListNames.Funding, CodeListNames.ActivityType, CodeListNames.ImpactMeasurement })
        {
            Assert.Equal(CodeListCatalog.Default[list].Codes.Select(c => c.Value), lists[list]);
        }

        var prompts = validations.Where(v => v.Type?.Value == DataValidationValues.None).ToDictionary(v => ColumnOf(v), v => v.Prompt!.Value!);
        Assert.Equal(ScanTemplate.Columns.Where(c => c.Kind == CellKind.Codes).Select(c => c.Name), prompts.Keys);
        Assert.All(prompts.Values, prompt => Assert.Contains("gescheiden door |", prompt, StringComparison.Ordinal));
    }

    [Fact]
    public void The_code_list_sheet_holds_every_code_with_its_labels()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), isEditable: false);
        var cells = Cells(Sheet(document, TemplateWriter.CodeListsSheet));

        var rows = cells.Where(c => c.Key.Row > 1).GroupBy(c => c.Key.Row)
            .Select(r => (r.Single(c => c.Key.Column == "A").Value, r.Single(c => c.Key.Column == "B").Value,
                r.Single(c => c.Key.Column == "C").Value, r.Single(c => c.Key.Column == "D").Value))
            .ToHashSet();

        Assert.Equal(["lijst", "code", "label_nl", "label_en"], cells.Where(c => c.Key.Row == 1).Select(c => c.Value));
        foreach (var list in CodeListCatalog.Default.Lists)
        {
            Assert.All(list.Codes, code => Assert.Contains((list.Name, code.Value, code.LabelNl, code.LabelEn), rows));
        }

        Assert.Equal(CodeListCatalog.Default.Lists.Sum(l => l.Codes.Count) + Provinces.All.Count, rows.Count);
    }

    [Fact]
    public void The_guide_sheet_explains_every_column_in_Dutch()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), isEditable: false);
        var cells = Cells(Sheet(document, TemplateWriter.GuideSheet));

        var byColumn = cells.Where(c => c.Key.Column == "A").ToDictionary(c => c.Value, c => c.Key.Row);

        foreach (var column in ScanTemplate.Columns)
        {
            var row = byColumn[column.Name];
            Assert.Equal(column.Required ? "ja" : "nee", cells[("B", row)]);
            Assert.False(string.IsNullOrWhiteSpace(cells[("E", row)]));
        }

        Assert.Contains("Persoonsgegeven", cells[("E", byColumn["contact_email"])], StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_row_is_bold_and_frozen()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Xlsx()), isEditable: false);
        var sheet = Sheet(document, "activiteiten");
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1.0, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        Assert.All(sheet.Descendants<Cell>(), cell => Assert.NotNull(fonts[(int)formats[(int)cell.StyleIndex!.Value].FontId!.Value].Bold));
    }

    [Fact]
    public void The_csv_template_is_the_header_row_in_utf8_with_a_byte_order_mark()
    {
        using var stream = new MemoryStream();

        TemplateWriter.WriteCsv(stream);

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(string.Join(',', ScanTemplate.Columns.Select(c => c.Name)) + "\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var report = Validate(bytes);
        Assert.Equal(ErrorCodes.EmptyFile, Assert.Single(report.Errors).Code);
        Assert.Equal((",", "utf-8-bom"), (report.Detected!.Delimiter, report.Detected.Encoding));
    }

    private static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        TemplateWriter.WriteXlsx(stream);
        return stream.ToArray();
    }

    private static ValidationReport Validate(byte[] content) =>
        new ScanValidator(ValidationOptions.Default, new FixedTimeProvider()).Validate(new MemoryStream(content), "sjabloon", "PV26").Report;

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
    }

    /// <summary>The text of every cell by (column letters, row).</summary>
    private static Dictionary<(string Column, int Row), string> Cells(Worksheet sheet) =>
        sheet.Descendants<Cell>().ToDictionary(c => Split(c.CellReference!.Value!), c => c.InnerText);

    private static (string Column, int Row) Split(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetter).Count();
        return (reference[..letters], int.Parse(reference[letters..], CultureInfo.InvariantCulture));
    }

    /// <summary>The template column of a data validation, from the first cell of its range.</summary>
    private static string ColumnOf(DataValidation validation)
    {
        var first = validation.SequenceOfReferences!.InnerText!.Split(':')[0];
        Assert.True(CellReference.TryParseColumn(first, out var column));
        Assert.Equal(CellReference.Of(column, 2), first);
        return ScanTemplate.Columns[column].Name;
    }

    /// <summary>The texts of a range such as <c>codelijsten!$B$2:$B$5</c>.</summary>
    private static List<string> Range(Dictionary<(string Column, int Row), string> cells, string formula)
    {
        var match = Regex.Match(formula, @"^codelijsten!\$([A-Z])\$(\d+):\$\1\$(\d+)$");
        Assert.True(match.Success, formula);
        var column = match.Groups[1].Value;
        var first = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(first, last - first + 1)
            .Select(row => cells[(column, row)])];
    }
}
