using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpreadsheetText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Regioscan.Core.Reading;

/// <summary>
/// The rows of an XLSX upload: the visible sheet named <c>activiteiten</c> (any case); without it, the first
/// visible sheet whose header row names the scan template's columns, else the first hidden one that does (see
/// <see cref="SheetChoice"/>). The sheet is streamed with the Open XML SDK's <see cref="OpenXmlReader"/>, one
/// row at a time; only the shared strings are held whole.
/// </summary>
/// <remarks>
/// To choose, the sheets are read up to their header row only. Hidden sheets come last because a stale copy of
/// the scan on a sheet someone hid must not win over the sheet the officer can see.
/// Row numbers are the sheet's own: a workbook leaves empty rows out, so numbers can skip (row 7 after
/// row 5), and the cells of a row sit at their column (a cell C5 after A5 leaves B5 empty). Cell text is
/// what a CSV export of the sheet would hold, except that numbers are invariant and dates ISO (see <see cref="XlsxCellText"/>).
/// Cells merged down one column read as the value of the range's top cell on each of its rows, as the sheet shows them
/// (see <see cref="XlsxMergedCells"/>); a formula stored without its result reads as empty and is listed.
/// </remarks>
public sealed class XlsxRowSource : IScanRowSource
{
    /// <summary>The sheet read when the workbook has it visible, whatever its position and whatever other sheets hold.</summary>
    public const string SheetName = "activiteiten";

    private readonly Stream _package;
    private readonly bool _ownsPackage;
    private readonly long _maxUnpackedBytes;
    private readonly Func<IScanRowSource, bool>? _holdsScan;
    private readonly List<string> _cells = [];
    private readonly List<XlsxUncomputedFormula> _uncomputed = [];
    private readonly List<XlsxYearOnlyDate> _yearOnlyDates = [];
    private readonly List<XlsxErrorValue> _errorValues = [];
    private SpreadsheetDocument? _document;
    private OpenXmlReader? _reader;
    private string[] _sharedStrings = [];
    private XlsxDateFormat[] _dateStyles = [];
    private bool _date1904;
    private XlsxMergedCells? _merges;
    private string? _sheet;

    /// <summary>What is being read, for the message when it turns out damaged: a part of the workbook, or a sheet.</summary>
    private string _part = "the workbook";

    /// <summary>Whether <see cref="_part"/> is a sheet, whose rows give the place of damage.</summary>
    private bool _inSheet;

    private int _row;
    private bool _ended;

    /// <param name="package">The workbook; seekable, positioned anywhere.</param>
    /// <param name="ownsPackage">Whether disposing this source disposes <paramref name="package"/>.</param>
    /// <param name="maxUnpackedBytes">The most the workbook's parts may unpack to.</param>
    /// <param name="holdsScan">
    /// Whether a sheet holds the scan, given its rows from the first (it reads up to the header row); null to read
    /// the visible sheet named <see cref="SheetName"/>, else the first visible sheet, without looking at any.
    /// </param>
    internal XlsxRowSource(Stream package, bool ownsPackage, long maxUnpackedBytes, Func<IScanRowSource, bool>? holdsScan)
    {
        _package = package;
        _ownsPackage = ownsPackage;
        _maxUnpackedBytes = maxUnpackedBytes;
        _holdsScan = holdsScan;
    }

    /// <summary>How the sheet read was chosen; null until the first row is read.</summary>
    public XlsxSheetChoice? SheetChoice { get; private set; }

    /// <inheritdoc />
    public DetectedFormat Detected => new("xlsx", null, null, null, null, _sheet);

    /// <inheritdoc />
    public int RowNumber => _row;

    /// <inheritdoc />
    public int CellCount => _cells.Count;

    /// <inheritdoc />
    public RowDefect? CurrentRowDefect => null;

    /// <summary>
    /// The merged ranges that cover the current row. A range merged down one column reads as its top cell's value on each
    /// of its rows; the other cells of a range across columns read as empty.
    /// </summary>
    public IReadOnlyList<XlsxMergedRange> MergedRanges => _merges?.Covering ?? [];

    /// <summary>The cells of the current row that hold a formula without its result: they read as empty.</summary>
    public IReadOnlyList<XlsxUncomputedFormula> UncomputedFormulas => _uncomputed;

    /// <summary>
    /// The date cells of the current row whose format shows only the year (<c>yyyy</c>): they read as their date, as any
    /// date cell does, and a year column takes the year they show instead (<see cref="XlsxYearOnlyDate"/>).
    /// </summary>
    public IReadOnlyList<XlsxYearOnlyDate> YearOnlyDates => _yearOnlyDates;

    /// <summary>The cells of the current row that hold an error value (<c>#REF!</c>, <c>#N/A</c>): they read as its text.</summary>
    public IReadOnlyList<XlsxErrorValue> ErrorValues => _errorValues;

    /// <inheritdoc />
    public bool ReadRow()
    {
        if (_ended)
        {
            return false;
        }

        try
        {
            if (_reader is null)
            {
                // Opening looks at the header rows of the other sheets through this very source (see Peek).
                _reader = Open();
            }

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
            throw new ScanReadException(ScanReadFailure.Malformed, Describe(ex), ex) { Row = _inSheet && _row > 0 ? _row : null };
        }

        _ended = true;
        _cells.Clear();
        ClearNotes();
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

    /// <summary>
    /// What went wrong, in words for the officer: the parser's own message (a tag on line 1, position 57074) means nothing
    /// to them, so damage is told by the part or sheet it is in and, in a sheet, the row it is near.
    /// </summary>
    private string Describe(Exception ex) => ex switch
    {
        XmlException when ex.Message.Contains("DTD", StringComparison.Ordinal) =>
            "the workbook's XML declares a document type (DTD), which a spreadsheet never does; it is not read, for safety.",
        XmlException when ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) =>
            "a part of the workbook unpacks to more text than the size limit allows.",
        XmlException or InvalidDataException when _inSheet && _row > 0 => string.Create(CultureInfo.InvariantCulture,
            $"the workbook is damaged: {_part} is garbled or cut short near row {_row}, so reading stopped there and the rows after it are not checked."),
        XmlException or InvalidDataException => $"the workbook is damaged: {_part} is garbled or cut short, so it cannot be read.",
        _ => "the workbook is damaged: " + ex.Message,
    };

    private OpenXmlReader Open()
    {
        _part = "the workbook";
        _inSheet = false;
        XlsxPackageGuard.Check(_package, _maxUnpackedBytes);
        _package.Position = 0;
        _document = SpreadsheetDocument.Open(_package, isEditable: false, new OpenSettings
        {
            AutoSave = false,
            MaxCharactersInPart = _maxUnpackedBytes,
        });
        var workbook = _document.WorkbookPart
            ?? throw new ScanReadException(ScanReadFailure.Malformed, "the file is a ZIP archive but holds no Excel workbook.");
        if (workbook.SharedStringTablePart is { } strings)
        {
            _part = $"the text of its cells ({PartName(strings)})";
            _sharedStrings = ReadSharedStrings(strings);
        }

        if (workbook.WorkbookStylesPart is { } styles)
        {
            _part = $"the formats of its cells ({PartName(styles)})";
            _dateStyles = XlsxNumberFormats.DateStyles(styles);
        }

        _part = $"its list of sheets ({PartName(workbook)})";
        var sheets = ListSheets(workbook, out _date1904);
        var (name, id) = ChooseSheet(workbook, sheets);
        ReadingSheet(name);
        if (workbook.GetPartById(id) is not WorksheetPart sheet)
        {
            throw new ScanReadException(ScanReadFailure.Malformed, $"the sheet '{name}' is a chart or dialog sheet, not a sheet of cells.");
        }

        _merges = XlsxMergedCells.Read(sheet, _maxUnpackedBytes, name);
        return OpenXmlReader.Create(sheet);
    }

    /// <summary>
    /// The visible sheet named <see cref="SheetName"/> in any case; else the first visible sheet that holds the scan,
    /// else the first hidden one that does, else the first visible sheet: its name and relationship id.
    /// </summary>
    private (string Name, string Id) ChooseSheet(WorkbookPart workbook, List<(string Name, string Id, bool Hidden)> sheets)
    {
        var fallback = sheets[Math.Max(0, sheets.FindIndex(s => !s.Hidden))];
        var named = sheets.FindIndex(s => !s.Hidden && s.Name.Trim().Equals(SheetName, StringComparison.OrdinalIgnoreCase));
        if (named >= 0 || _holdsScan is null)
        {
            var (name, id, _) = named >= 0 ? sheets[named] : fallback;
            SheetChoice = new XlsxSheetChoice(name, []);
            return (name, id);
        }

        var lookedAt = new List<XlsxSheet>();
        (string Name, string Id)? chosen = null;
        foreach (var hidden in (bool[])[false, true])
        {
            if (chosen is not null)
            {
                // Hidden sheets are looked at only when no visible sheet holds the scan.
                break;
            }

            foreach (var (name, id, _) in sheets.Where(s => s.Hidden == hidden))
            {
                if (!workbook.TryGetPartById(id, out var part) || part is not WorksheetPart sheet)
                {
                    continue;
                }

                var holds = Peek(sheet, name);
                lookedAt.Add(new XlsxSheet(name, hidden, holds));
                if (holds)
                {
                    chosen ??= (name, id);
                }
            }
        }

        var read = chosen ?? (fallback.Name, fallback.Id);
        SheetChoice = new XlsxSheetChoice(read.Name, lookedAt);
        return read;
    }

    /// <summary>
    /// The other sheets (in workbook order, hidden ones too) whose header row holds the scan, by the caller's test. Asked
    /// once the sheet read has ended without a data row: a sheet named <see cref="SheetName"/> is read even when empty, and
    /// the rows the steward meant may be on another. Empty before the sheet read has ended, or without a test.
    /// </summary>
    public IReadOnlyList<string> OtherSheetsHoldingScan()
    {
        if (!_ended || _holdsScan is null || _document?.WorkbookPart is not { } workbook)
        {
            return [];
        }

        // Peeking moves this source onto each sheet: what it says of the sheet it read is put back after.
        var (sheet, part, row, inSheet, reader) = (_sheet, _part, _row, _inSheet, _reader);
        try
        {
            _ended = false;
            var names = new List<string>();
            foreach (var (name, id, _) in ListSheets(workbook, out _))
            {
                if (name != sheet && workbook.TryGetPartById(id, out var other) && other is WorksheetPart cells && Peek(cells, name))
                {
                    names.Add(name);
                }
            }

            return names;
        }
        finally
        {
            (_sheet, _part, _row, _inSheet, _reader, _ended) = (sheet, part, row, inSheet, reader, true);
            _cells.Clear();
        }
    }

    /// <summary>Whether a sheet holds the scan: the caller's test, reading the sheet through this source up to its header row.</summary>
    private bool Peek(WorksheetPart sheet, string name)
    {
        var reader = OpenXmlReader.Create(sheet);
        _reader = reader;
        ReadingSheet(name);
        try
        {
            return _holdsScan!(this);
        }
        finally
        {
            reader.Dispose();
            _reader = null;
            _ended = false;
            _cells.Clear();
        }
    }

    /// <summary>Starts on the sheet <paramref name="name"/>, at its top.</summary>
    private void ReadingSheet(string name)
    {
        _sheet = name;
        _part = $"the sheet '{name}'";
        _inSheet = true;
        _row = 0;
    }

    private static string PartName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    /// <summary>
    /// Every sheet of the workbook in order: name, relationship id and whether it is hidden; and whether the workbook's
    /// dates count from 1904.
    /// </summary>
    private static List<(string Name, string Id, bool Hidden)> ListSheets(WorkbookPart workbook, out bool date1904)
    {
        var sheets = new List<(string Name, string Id, bool Hidden)>();
        date1904 = false;
        using var reader = OpenXmlReader.Create(workbook);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(WorkbookProperties))
            {
                date1904 = Attribute(reader, "date1904") is "1" or "true";
            }

            if (!reader.IsStartElement || reader.ElementType != typeof(Sheet))
            {
                continue;
            }

            string name = string.Empty, id = string.Empty;
            var hidden = false;
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
                else if (attribute.LocalName == "state")
                {
                    hidden = attribute.Value is "hidden" or "veryHidden";
                }
            }

            sheets.Add((name, id, hidden));
        }

        return sheets.Count > 0 ? sheets : throw new ScanReadException(ScanReadFailure.Malformed, "the workbook has no sheets.");
    }

    /// <summary>Each shared string as its runs joined; phonetic guides (rPh, for East Asian text) are not text of the cell.</summary>
    private static string[] ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        var text = new StringBuilder();
        var phonetic = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(PhoneticRun))
            {
                // Not skipped: Skip leaves the reader on the next node, which the loop's Read would pass over (the item's end).
                phonetic = reader.IsStartElement;
            }
            else if (!reader.IsStartElement)
            {
                if (reader.IsEndElement && reader.ElementType == typeof(SharedStringItem))
                {
                    strings.Add(XlsxCellText.Unescape(text.ToString()));
                }
            }
            else if (reader.ElementType == typeof(SharedStringItem))
            {
                text.Clear();
            }
            else if (reader.ElementType == typeof(SpreadsheetText) && !phonetic)
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
        ClearNotes();
        var depth = reader.Depth;
        while (reader.Read() && !(reader.IsEndElement && reader.Depth == depth))
        {
            if (reader.IsStartElement && reader.ElementType == typeof(Cell))
            {
                string? reference = null, type = null, style = null;
                foreach (var attribute in reader.Attributes)
                {
                    if (!string.IsNullOrEmpty(attribute.NamespaceUri))
                    {
                        continue;
                    }

                    if (attribute.LocalName == "r")
                    {
                        reference = attribute.Value;
                    }
                    else if (attribute.LocalName == "t")
                    {
                        type = attribute.Value;
                    }
                    else if (attribute.LocalName == "s")
                    {
                        style = attribute.Value;
                    }
                }

                var column = reference is not null && CellReference.TryParseColumn(reference, out var parsed) ? parsed : _cells.Count;
                var text = ReadCell(reader, type, style, column);
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

        _merges?.Apply(_row, _cells);
    }

    /// <summary>
    /// The text of the cell the reader is on, by its type (<c>t</c>) and, for a number, its style (<c>s</c>): a number
    /// whose style shows a date reads as that date; when the style shows only the year, that year is also listed in
    /// <see cref="YearOnlyDates"/>. A formula without its result reads as empty and is listed in
    /// <see cref="UncomputedFormulas"/>; an error value reads as its text and is listed in <see cref="ErrorValues"/>.
    /// Leaves the reader on the cell's end.
    /// </summary>
    private string ReadCell(OpenXmlReader reader, string? type, string? style, int column)
    {
        var depth = reader.Depth;
        string? value = null, formula = null;
        StringBuilder? inline = null;
        var phonetic = false;
        while (reader.Read() && !(reader.IsEndElement && reader.Depth == depth))
        {
            if (reader.ElementType == typeof(PhoneticRun))
            {
                phonetic = reader.IsStartElement;
            }
            else if (!reader.IsStartElement)
            {
                continue;
            }
            else if (reader.ElementType == typeof(CellValue))
            {
                value = reader.GetText();
            }
            else if (reader.ElementType == typeof(CellFormula))
            {
                formula = reader.GetText();
            }
            else if (reader.ElementType == typeof(SpreadsheetText) && !phonetic)
            {
                (inline ??= new()).Append(reader.GetText());
            }
        }

        // A text result may be empty (<v></v>); other results never are, so an empty one was not stored.
        if (formula is not null && type != "inlineStr" && (value is null || (value.Length == 0 && type != "str")))
        {
            _uncomputed.Add(new XlsxUncomputedFormula(column, formula));
            return string.Empty;
        }

        return type switch
        {
            "inlineStr" => XlsxCellText.Unescape(inline?.ToString() ?? string.Empty),
            _ when value is null => string.Empty,
            "s" => SharedString(value),
            "str" => XlsxCellText.Unescape(value),
            "b" => XlsxCellText.Boolean(value),
            "e" => ErrorValue(column, value, formula),
            "d" => XlsxCellText.IsoDate(value),
            _ => DateFormatOf(style) switch
            {
                XlsxDateFormat.None => XlsxCellText.Number(value),
                XlsxDateFormat.Year => YearOnlyDate(column, value),
                _ => XlsxCellText.Date(value, _date1904),
            },
        };
    }

    /// <summary>Forgets what the cells of the row before were noted to hold (<see cref="IXlsxCellNote"/>).</summary>
    private void ClearNotes()
    {
        _uncomputed.Clear();
        _yearOnlyDates.Clear();
        _errorValues.Clear();
    }

    /// <summary>An error value (<c>#REF!</c>), noted for the template's columns to report.</summary>
    private string ErrorValue(int column, string value, string? formula)
    {
        _errorValues.Add(new XlsxErrorValue(column, value, string.IsNullOrEmpty(formula) ? null : formula));
        return value;
    }

    /// <summary>A date cell whose format shows only its year: its date, with the year it shows noted for a year column.</summary>
    private string YearOnlyDate(int column, string value)
    {
        if (!XlsxCellText.TryDate(value, _date1904, out var date))
        {
            return XlsxCellText.Number(value);
        }

        _yearOnlyDates.Add(new XlsxYearOnlyDate(column, date.Year.ToString(CultureInfo.InvariantCulture)));
        return XlsxCellText.Shown(date);
    }

    private XlsxDateFormat DateFormatOf(string? style) =>
        style is not null && _dateStyles.Length > 0
        && int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
        && index < _dateStyles.Length ? _dateStyles[index] : XlsxDateFormat.None;

    private string SharedString(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length
            ? _sharedStrings[index]
            : throw new ScanReadException(ScanReadFailure.Malformed,
                $"the workbook is damaged: row {_row} refers to shared string {value}, which does not exist.") { Row = _row };

    /// <summary>The value of the reader's attribute <paramref name="localName"/> in no namespace, or null.</summary>
    internal static string? Attribute(OpenXmlReader reader, string localName)
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
