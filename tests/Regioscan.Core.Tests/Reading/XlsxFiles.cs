using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Regioscan.Core.Reading;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Regioscan.Core.Tests.Reading;

/// <summary>
/// Writes workbooks for the tests with the Open XML SDK, as Excel stores them: text as shared strings,
/// plain numbers as number cells, empty cells and rows left out. <see cref="Raw"/> writes the parts by
/// hand, for workbooks no SDK would write.
/// </summary>
internal static class XlsxFiles
{
    /// <summary>The rows of a sheet that is not a scan: one cell of text.</summary>
    public static readonly (int Row, string[] Cells)[] NoScan = [(1, ["Deze sheet is geen scan"])];

    /// <summary>A workbook of <paramref name="rows"/> (sheet row number, cells), streamed with <see cref="OpenXmlWriter"/>.</summary>
    /// <param name="rows">The rows; a row number of 0 means the row after the previous one.</param>
    /// <param name="sheet">The name of the sheet holding the rows.</param>
    /// <param name="sheetsBefore">Names of other sheets (with one cell of text) placed before it.</param>
    public static byte[] Write(IEnumerable<(int Row, string[] Cells)> rows, string sheet = "activiteiten", params string[] sheetsBefore) =>
        WriteSheets([.. sheetsBefore.Select(other => (other, NoScan, false)), (sheet, rows, false)]);

    /// <summary>A workbook of <paramref name="sheets"/> in order, each streamed as <see cref="Write"/> does; a hidden one has state <c>hidden</c>.</summary>
    public static byte[] WriteSheets(params (string Name, IEnumerable<(int Row, string[] Cells)> Rows, bool Hidden)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = new SharedStrings();
            var list = new Sheets();
            uint id = 1;
            foreach (var (name, rows, hidden) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                WriteSheet(part, rows, strings);
                list.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part), State = hidden ? SheetStateValues.Hidden : null });
            }

            workbook.Workbook = new Workbook(list);
            var table = workbook.AddNewPart<SharedStringTablePart>();
            using var writer = OpenXmlWriter.Create(table);
            writer.WriteStartElement(new SharedStringTable());
            foreach (var text in strings.InOrder)
            {
                writer.WriteStartElement(new SharedStringItem());
                writer.WriteElement(new SheetText(Escape(text)) { Space = SpaceProcessingModeValues.Preserve });
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>The rows of a CSV file as the product's CSV reader reads them, blank rows left out.</summary>
    public static List<(int Row, string[] Cells)> ReadCsv(Stream csv)
    {
        using var file = ScanFileReader.Open(csv, 1L << 30, 1 << 26);
        var rows = new List<(int, string[])>();
        if (file.Rows is not { } source)
        {
            return rows;
        }

        while (source.ReadRow())
        {
            var cells = Enumerable.Range(0, source.CellCount).Select(source.GetCell).ToArray();
            if (cells.Any(c => c.Length > 0))
            {
                rows.Add((source.RowNumber, cells));
            }
        }

        return rows;
    }

    /// <summary>Whether a CSV cell is a plain number that a number cell gives back as the same text.</summary>
    public static bool IsPlainNumber(string text) =>
        text.Length > 0 && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
        && !text.Contains('E', StringComparison.OrdinalIgnoreCase) && XlsxCellText.Number(text) == text;

    /// <summary>
    /// A workbook whose sheet XML (and optionally its styles, shared strings and workbook properties) are given as text, zipped by hand.
    /// </summary>
    public static byte[] Raw(
        string sheetXml, CompressionLevel level = CompressionLevel.Optimal, string? stylesXml = null, string workbookProperties = "", string? sharedStringsXml = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }

            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""" +
                (stylesXml is null ? string.Empty : """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""") +
                (sharedStringsXml is null ? string.Empty : """<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""") +
                "</Types>");
            Add("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""" + workbookProperties + """<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>""" +
                (stylesXml is null ? string.Empty : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""") +
                (sharedStringsXml is null ? string.Empty : """<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""") +
                "</Relationships>");
            Add("xl/worksheets/sheet1.xml", sheetXml);
            if (stylesXml is not null)
            {
                Add("xl/styles.xml", stylesXml);
            }

            if (sharedStringsXml is not null)
            {
                Add("xl/sharedStrings.xml", sharedStringsXml);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The XML of a sheet of <paramref name="rows"/>, numbered from 1, for <see cref="Raw"/>: a plain number as a number cell, a cell
    /// written as XML (<c>&lt;c r="B2"&gt;…</c>) as it is, other text as an inline string; empty cells left out.
    /// <paramref name="afterRows"/> follows the rows, such as the sheet's <c>mergeCells</c>.
    /// </summary>
    public static string Sheet(IEnumerable<string[]> rows, string afterRows = "")
    {
        var xml = new StringBuilder("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var number = 0;
        foreach (var cells in rows)
        {
            number++;
            xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<row r="{number}">""");
            for (var i = 0; i < cells.Length; i++)
            {
                var reference = CellReference.Of(i, number);
                var cell = cells[i];
                xml.Append(cell switch
                {
                    "" => string.Empty,
                    _ when cell.StartsWith("<c ", StringComparison.Ordinal) => cell,
                    _ when IsPlainNumber(cell) => $"""<c r="{reference}"><v>{cell}</v></c>""",
                    _ => $"""<c r="{reference}" t="inlineStr"><is><t>{System.Security.SecurityElement.Escape(cell)}</t></is></c>""",
                });
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData>").Append(afterRows).Append("</worksheet>").ToString();
    }

    /// <summary>
    /// Text as Excel stores it (ST_Xstring): characters XML cannot hold or would change (control characters,
    /// a carriage return) as <c>_xHHHH_</c>, and an <c>_x</c> that would read as such an escape as <c>_x005F_x</c>.
    /// </summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c is not ('\t' or '\n')) || c is '\uFFFE' or '\uFFFF')
            {
                result.Append(System.Globalization.CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
            else if (c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_')
            {
                result.Append("_x005F_");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static void WriteSheet(WorksheetPart part, IEnumerable<(int Row, string[] Cells)> rows, SharedStrings strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        var previous = 0;
        foreach (var (number, cells) in rows)
        {
            var row = number > 0 ? number : previous + 1;
            previous = row;
            writer.WriteStartElement(new Row { RowIndex = (uint)row });
            for (var i = 0; i < cells.Length; i++)
            {
                var text = cells[i];
                if (text.Length == 0)
                {
                    continue;
                }

                var reference = CellReference.Of(i, row);
                writer.WriteElement(IsPlainNumber(text)
                    ? new Cell(new CellValue(text)) { CellReference = reference }
                    : new Cell(new CellValue(strings.IndexOf(text))) { CellReference = reference, DataType = CellValues.SharedString });
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> InOrder { get; } = [];

        public int IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var index))
            {
                index = InOrder.Count;
                _index[text] = index;
                InOrder.Add(text);
            }

            return index;
        }
    }
}
