using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpreadsheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Regioscan.Core.Reading;

/// <summary>
/// The rows of an XLSX upload: the sheet named <c>activiteiten</c> (any case), else the first sheet.
/// The sheet is streamed with the Open XML SDK's <see cref="OpenXmlReader"/>, one row at a time; only the
/// shared strings are held whole.
/// </summary>
/// <remarks>
/// Row numbers are the sheet's own: a workbook leaves empty rows out, so numbers can skip (row 7 after
/// row 5), and the cells of a row sit at their column (a cell C5 after A5 leaves B5 empty). Cell text is
/// what a CSV export of the sheet would hold, except that numbers are invariant (see <see cref="XlsxCellText"/>).
/// </remarks>
public sealed class XlsxRowSource : IScanRowSource
{
    /// <summary>The sheet read when the workbook has it, whatever its position.</summary>
    public const string SheetName = "activiteiten";

    private readonly Stream _package;
    private readonly bool _ownsPackage;
    private readonly long _maxUnpackedBytes;
    private readonly List<string> _cells = [];
    private SpreadsheetDocument? _document;
    private OpenXmlReader? _reader;
    private string[] _sharedStrings = [];
    private string? _sheet;
    private int _row;
    private bool _ended;

    /// <param name="package">The workbook; seekable, positioned anywhere.</param>
    /// <param name="ownsPackage">Whether disposing this source disposes <paramref name="package"/>.</param>
    /// <param name="maxUnpackedBytes">The most the workbook's parts may unpack to.</param>
    internal XlsxRowSource(Stream package, bool ownsPackage, long maxUnpackedBytes)
    {
        _package = package;
        _ownsPackage = ownsPackage;
        _maxUnpackedBytes = maxUnpackedBytes;
    }

    /// <inheritdoc />
    public DetectedFormat Detected => new("xlsx", null, null, null, null, _sheet);

    /// <inheritdoc />
    public int RowNumber => _row;

    /// <inheritdoc />
    public int CellCount => _cells.Count;

    /// <inheritdoc />
    public RowDefect? CurrentRowDefect => null;

    /// <inheritdoc />
    public bool ReadRow()
    {
        if (_ended)
        {
            return false;
        }

        try
        {
            _reader ??= Open();
            while (_reader.Read())
            {
                if (_reader.IsStartElement && _reader.ElementType == typeof(Row))
                {
                    ReadCells(_reader);
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or FileFormatException or OpenXmlPackageException or FormatException)
        {
            throw new ScanReadException(ScanReadFailure.Malformed, Describe(ex), ex) { Row = _row > 0 ? _row : null };
        }

        _ended = true;
        _cells.Clear();
        return false;
    }

    /// <inheritdoc />
    public string GetCell(int index) => index < _cells.Count ? _cells[index] : string.Empty;

    /// <inheritdoc />
    public void Dispose()
    {
        _reader?.Dispose();
        _document?.Dispose();
        if (_ownsPackage)
        {
            _package.Dispose();
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        XmlException when ex.Message.Contains("DTD", StringComparison.Ordinal) =>
            "the workbook's XML declares a document type (DTD), which a spreadsheet never does; it is not read, for safety.",
        XmlException when ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) =>
            "a part of the workbook unpacks to more text than the size limit allows.",
        _ => "the workbook is damaged: " + ex.Message,
    };

    private OpenXmlReader Open()
    {
        XlsxPackageGuard.Check(_package, _maxUnpackedBytes);
        _package.Position = 0;
        _document = SpreadsheetDocument.Open(_package, isEditable: false, new OpenSettings
        {
            AutoSave = false,
            MaxCharactersInPart = _maxUnpackedBytes,
        });
        var workbook = _document.WorkbookPart
            ?? throw new ScanReadException(ScanReadFailure.Malformed, "the file is a ZIP archive but holds no Excel workbook.");
        var (name, id) = ChooseSheet(workbook);
        _sheet = name;
        if (workbook.GetPartById(id) is not WorksheetPart sheet)
        {
            throw new ScanReadException(ScanReadFailure.Malformed, $"the sheet '{name}' is a chart or dialog sheet, not a sheet of cells.");
        }

        if (workbook.SharedStringTablePart is { } strings)
        {
            _sharedStrings = ReadSharedStrings(strings);
        }

        return OpenXmlReader.Create(sheet);
    }

    /// <summary>The sheet named <see cref="SheetName"/> in any case, else the first sheet: its name and relationship id.</summary>
    private static (string Name, string Id) ChooseSheet(WorkbookPart workbook)
    {
        (string Name, string Id)? first = null;
        using var reader = OpenXmlReader.Create(workbook);
        while (reader.Read())
        {
            if (!reader.IsStartElement || reader.ElementType != typeof(Sheet))
            {
                continue;
            }

            string name = string.Empty, id = string.Empty;
            foreach (var attribute in reader.Attributes)
            {
                if (attribute.LocalName == "name")
                {
                    name = attribute.Value ?? string.Empty;
                }
                else if (attribute.LocalName == "id")
                {
                    id = attribute.Value ?? string.Empty;
                }
            }

            if (name.Trim().Equals(SheetName, StringComparison.OrdinalIgnoreCase))
            {
                return (name, id);
            }

            first ??= (name, id);
        }

        return first ?? throw new ScanReadException(ScanReadFailure.Malformed, "the workbook has no sheets.");
    }

    /// <summary>Each shared string as its runs joined; phonetic guides (rPh, for East Asian text) are not text of the cell.</summary>
    private static string[] ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        var text = new StringBuilder();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                if (reader.IsEndElement && reader.ElementType == typeof(SharedStringItem))
                {
                    strings.Add(XlsxCellText.Unescape(text.ToString()));
                }

                continue;
            }

            if (reader.ElementType == typeof(SharedStringItem))
            {
                text.Clear();
            }
            else if (reader.ElementType == typeof(PhoneticRun))
            {
                reader.Skip();
            }
            else if (reader.ElementType == typeof(SpreadsheetText))
            {
                text.Append(reader.GetText());
            }
        }

        return [.. strings];
    }

    /// <summary>Reads the cells of the row the reader is on, up to its end element.</summary>
    private void ReadCells(OpenXmlReader reader)
    {
        _row = Attribute(reader, "r") is { } r && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : _row + 1;
        _cells.Clear();
        var depth = reader.Depth;
        while (reader.Read() && !(reader.IsEndElement && reader.Depth == depth))
        {
            if (reader.IsStartElement && reader.ElementType == typeof(Cell))
            {
                var column = Attribute(reader, "r") is { } reference && CellReference.TryParseColumn(reference, out var parsed)
                    ? parsed
                    : _cells.Count;
                var text = ReadCell(reader, Attribute(reader, "t"));
                if (column < _cells.Count)
                {
                    // Cells out of order break the format; the later one wins rather than shifting the row.
                    _cells[column] = text;
                    continue;
                }

                while (_cells.Count < column)
                {
                    _cells.Add(string.Empty);
                }

                _cells.Add(text);
            }
        }
    }

    /// <summary>The text of the cell the reader is on, by its type (<c>t</c>); leaves the reader on the cell's end.</summary>
    private string ReadCell(OpenXmlReader reader, string? type)
    {
        var depth = reader.Depth;
        string? value = null;
        StringBuilder? inline = null;
        while (reader.Read() && !(reader.IsEndElement && reader.Depth == depth))
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(CellValue))
            {
                value = reader.GetText();
            }
            else if (reader.ElementType == typeof(PhoneticRun))
            {
                reader.Skip();
            }
            else if (reader.ElementType == typeof(SpreadsheetText))
            {
                (inline ??= new()).Append(reader.GetText());
            }
        }

        return type switch
        {
            "inlineStr" => XlsxCellText.Unescape(inline?.ToString() ?? string.Empty),
            _ when value is null => string.Empty,
            "s" => SharedString(value),
            "str" => XlsxCellText.Unescape(value),
            "b" => XlsxCellText.Boolean(value),
            "e" or "d" => value,
            _ => XlsxCellText.Number(value),
        };
    }

    private string SharedString(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length
            ? _sharedStrings[index]
            : throw new ScanReadException(ScanReadFailure.Malformed,
                $"the workbook is damaged: row {_row} refers to shared string {value}, which does not exist.") { Row = _row };

    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
