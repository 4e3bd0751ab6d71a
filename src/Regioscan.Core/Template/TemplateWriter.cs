using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regioscan.Core.CodeLists;
using Regioscan.Core.Geography;
using Regioscan.Core.Reading;
using Regioscan.Core.Validation;
using SheetColumns = DocumentFormat.OpenXml.Spreadsheet.Columns;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Regioscan.Core.Template;

/// <summary>
/// Writes the empty scan template a province fills in: the template's columns (<see cref="ScanTemplate.Columns"/>)
/// in order, as an Excel workbook with drop-down lists and explanations, or as a CSV header row.
/// </summary>
public static class TemplateWriter
{
    /// <summary>The sheet of the workbook that holds the code lists the drop-down lists point to.</summary>
    public const string CodeListsSheet = "codelijsten";

    /// <summary>The sheet of the workbook that explains each column in Dutch.</summary>
    public const string GuideSheet = "toelichting";

    /// <summary>The list of provinces on the <see cref="CodeListsSheet"/> (CBS code, name).</summary>
    public const string ProvinceList = "provincie";

    /// <summary>The last row the data validations of the <c>activiteiten</c> sheet cover (Excel's last row).</summary>
    private const int LastRow = 1_048_576;

    /// <summary>
    /// Writes the template workbook: sheet <c>activiteiten</c> (bold, frozen header row; a drop-down list on
    /// each single-value coded column and on <c>provincie</c>; an input message on each multi-value coded
    /// column), sheet <c>toelichting</c> (each column: required, several values, meaning) and sheet
    /// <c>codelijsten</c> (list, code, Dutch and English label).
    /// </summary>
    /// <param name="destination">Where the workbook goes; written from its current position, left open.</param>
    /// <param name="catalog">The code lists; <see cref="CodeListCatalog.Default"/> when null.</param>
    public static void WriteXlsx(Stream destination, CodeListCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        catalog ??= CodeListCatalog.Default;

        // The package is built in memory (a few tens of KiB) so that the destination need not be seekable.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = TemplateStyles.Create();
            var lists = CodeListRows(catalog);
            var sheets = new Sheets();
            AddSheet(workbook, sheets, XlsxRowSource.SheetName, ActivitiesSheet(lists));
            AddSheet(workbook, sheets, GuideSheet, GuideSheetContent());
            AddSheet(workbook, sheets, CodeListsSheet, CodeListsSheetContent(catalog));
            workbook.Workbook = new Workbook(sheets);
        }

        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    /// <summary>
    /// Writes the template as CSV: the header row only, UTF-8 with a byte order mark, separated by commas.
    /// The comma is the standard (RFC 4180) and what Excel's "CSV UTF-8 (comma delimited)" writes; the byte
    /// order mark makes Excel read the file as UTF-8. Uploads may use any of <c>,</c> <c>;</c> or tab.
    /// </summary>
    /// <param name="destination">Where the CSV goes; left open.</param>
    public static void WriteCsv(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var header = string.Join(',', ScanTemplate.Columns.Select(c => c.Name)) + "\r\n";
        destination.Write([0xEF, 0xBB, 0xBF]);
        destination.Write(Encoding.UTF8.GetBytes(header));
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, Worksheet content)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = content;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbook.GetIdOfPart(part) });
    }

    private static Worksheet ActivitiesSheet(Dictionary<string, (int First, int Last)> lists)
    {
        var columns = ScanTemplate.Columns;
        var validations = new DataValidations();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var range = $"{CellReference.ColumnName(i)}2:{CellReference.ColumnName(i)}{LastRow}";
            if (column.Kind == CellKind.Province || column.Kind == CellKind.Code)
            {
                // Provinces are picked by name (codes are accepted too); coded columns by code.
                var list = column.Kind == CellKind.Province ? ProvinceList : column.CodeList!;
                var (first, last) = lists[list];
                var source = column.Kind == CellKind.Province ? "C" : "B";
                validations.Append(new DataValidation
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = true,
                    // A warning, not a stop: a Dutch or English label is accepted too, and the report checks every value.
                    ErrorStyle = DataValidationErrorStyleValues.Warning,
                    ErrorTitle = "Onbekende waarde",
                    Error = $"Dit is geen waarde uit de lijst {list} (blad {CodeListsSheet}).",
                    PromptTitle = column.Name,
                    Prompt = column.Kind == CellKind.Province ? "Kies de provincie." : $"Kies één code uit de lijst {list}.",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
                    Formula1 = new Formula1($"{CodeListsSheet}!${source}${first}:${source}${last}"),
                });
            }
            else if (column.Kind == CellKind.Codes)
            {
                validations.Append(new DataValidation
                {
                    Type = DataValidationValues.None,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    PromptTitle = column.Name,
                    Prompt = TemplateGuide.MultiValuePrompt(column),
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
                });
            }
        }

        validations.Count = (uint)validations.ChildElements.Count;
        return new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0U }),
            new SheetColumns(new Column { Min = 1, Max = (uint)columns.Count, Width = 22, CustomWidth = true }),
            new SheetData(TextRow(1, TemplateStyles.Header, columns.Select(c => c.Name))),
            validations);
    }

    private static Worksheet GuideSheetContent()
    {
        var data = new SheetData();
        var introduction = TemplateGuide.Introduction;
        for (var i = 0; i < introduction.Count; i++)
        {
            data.Append(TextRow(i + 1, i == 0 ? TemplateStyles.Header : TemplateStyles.Normal, [introduction[i]]));
        }

        // A blank row, then the table of columns.
        var row = introduction.Count + 2;
        data.Append(TextRow(row, TemplateStyles.Header, ["kolom", "verplicht", "meerdere waarden", "codelijst", "betekenis"]));
        foreach (var column in ScanTemplate.Columns)
        {
            data.Append(TextRow(++row, TemplateStyles.Normal,
            [
                column.Name,
                column.Required ? "ja" : "nee",
                column.Kind == CellKind.Codes ? "ja, gescheiden door |" : "nee",
                column.CodeList ?? string.Empty,
                TemplateGuide.Meaning(column),
            ]));
        }

        return new Worksheet(
            new SheetColumns(
                new Column { Min = 1, Max = 1, Width = 22, CustomWidth = true },
                new Column { Min = 2, Max = 4, Width = 18, CustomWidth = true },
                new Column { Min = 5, Max = 5, Width = 110, CustomWidth = true }),
            data);
    }

    private static Worksheet CodeListsSheetContent(CodeListCatalog catalog)
    {
        var data = new SheetData(TextRow(1, TemplateStyles.Header, ["lijst", "code", "label_nl", "label_en"]));
        var row = 2;
        foreach (var (list, code, nl, en) in CodeListEntries(catalog))
        {
            data.Append(TextRow(row++, TemplateStyles.Normal, [list, code, nl, en]));
        }

        return new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0U }),
            new SheetColumns(new Column { Min = 1, Max = 4, Width = 28, CustomWidth = true }),
            data);
    }

    /// <summary>The rows of the <c>codelijsten</c> sheet: every code list in template order, then the provinces.</summary>
    private static IEnumerable<(string List, string Code, string Nl, string En)> CodeListEntries(CodeListCatalog catalog)
    {
        foreach (var list in ListsInTemplateOrder(catalog))
        {
            foreach (var code in list.Codes)
            {
                yield return (list.Name, code.Value, code.LabelNl, code.LabelEn);
            }
        }

        foreach (var province in Provinces.All)
        {
            yield return (ProvinceList, province.Code, province.Name, province.Name);
        }
    }

    /// <summary>The first and last row of each list on the <c>codelijsten</c> sheet.</summary>
    private static Dictionary<string, (int First, int Last)> CodeListRows(CodeListCatalog catalog)
    {
        var rows = new Dictionary<string, (int First, int Last)>(StringComparer.Ordinal);
        var row = 2;
        foreach (var (list, _, _, _) in CodeListEntries(catalog))
        {
            rows[list] = rows.TryGetValue(list, out var range) ? (range.First, row) : (row, row);
            row++;
        }

        return rows;
    }

    private static IEnumerable<CodeList> ListsInTemplateOrder(CodeListCatalog catalog) =>
        ScanTemplate.Columns.Where(c => c.CodeList is not null).Select(c => catalog[c.CodeList!])
            .Concat(catalog.Lists).Distinct();

    private static Row TextRow(int row, uint style, IEnumerable<string> texts)
    {
        var cells = texts.Select((text, i) => new Cell(new InlineString(new SheetText(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = CellReference.Of(i, row),
            DataType = CellValues.InlineString,
            StyleIndex = style,
        });
        return new Row(cells) { RowIndex = (uint)row };
    }
}
