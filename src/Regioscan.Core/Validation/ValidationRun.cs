using System.Globalization;
using Regioscan.Core.Geography;
using Regioscan.Core.Harmonisation;
using Regioscan.Core.Reading;

namespace Regioscan.Core.Validation;

/// <summary>
/// One validation of one upload: reads it row by row, keeping no rows in memory (the harmonised ones are spooled), and
/// builds the report.
/// </summary>
internal sealed class ValidationRun : IDisposable
{
    private const int MinYear = 1990;

    private readonly ValidationOptions _options;
    private readonly string _fileName;
    private readonly IssueList _issues = new();
    private readonly Fingerprinter _fingerprinter = new();
    private readonly CellReader _cells;
    private readonly CrossChecks _crossChecks;
    private readonly ScanAssembly _assembly;
    private readonly ParsedRow _row = new();
    private readonly Dictionary<Fingerprint128, int> _rowFingerprints = [];
    private DetectedFormat? _detected;
    private int _rows;

    /// <summary>The merged cells and formulas of a workbook's sheet; null for CSV.</summary>
    private WorkbookCells? _workbook;

    /// <summary>The first cell of the current CSV row past the header row's cells that holds data, or -1.</summary>
    private int _cellPastHeader = -1;

    /// <summary>The cells under no header already reported: each such column is reported once, on its first row with data.</summary>
    private HashSet<int>? _unheadedReported;

    /// <summary>The first few CSV rows with data past the header row's cells and no errors, and how many there are.</summary>
    private (List<int> First, int Count) _longRows = ([], 0);

    public ValidationRun(ValidationOptions options, CodeMatcher matcher, int currentYear, string fileName, string? expectedProvince, Func<Stream> spool)
    {
        _options = options;
        _fileName = fileName;
        Province? expected = null;
        if (expectedProvince is not null)
        {
            expected = Provinces.Find(expectedProvince);
            if (expected is null)
            {
                _issues.Add(ErrorCodes.ProvinceMismatch, null, null, expectedProvince,
                    $"The upload is for '{expectedProvince}', which is not a Dutch province.",
                    "Upload the file to the folder of its province, named by the CBS code PV20 to PV31.");
            }
        }

        _cells = new CellReader(options, matcher, MinYear, currentYear + 1, _issues);
        _crossChecks = new CrossChecks(expected, _issues);
        _assembly = new ScanAssembly(_issues, _fingerprinter, spool);
    }

    public ScanResult Run(Stream content, CancellationToken cancellationToken)
    {
        try
        {
            using var file = ScanFileReader.Open(content, _options.MaxFileBytes, MaxRecordBytes(_options), HeaderMap.HoldsScan);
            if (file.Rows is null)
            {
                RejectKind(file.Kind);
            }
            else
            {
                ReadRows(file.Rows, cancellationToken);
            }
        }
        catch (ScanReadException ex)
        {
            ReadFailed(ex);
        }

        _crossChecks.Finish();
        var valid = _issues.ErrorCount == 0;
        var province = _crossChecks.FileProvince;
        var report = new ValidationReport(valid, _fileName, province?.Code, _rows, _issues.Errors, _issues.Warnings, _detected);
        return new ScanResult(report, valid && province is not null ? _assembly.Build(province) : null);
    }

    public void Dispose()
    {
        _assembly.Dispose();
        _fingerprinter.Dispose();
    }

    /// <summary>
    /// The largest row buffered whole: room for 64 cells at their longest in UTF-8, at least 1 MiB and at
    /// most 64 MiB. Only a quote that is never closed makes a row this large in practice.
    /// </summary>
    private static int MaxRecordBytes(ValidationOptions options) =>
        (int)Math.Min(64L << 20, Math.Max(1L << 20, 4L * options.MaxCellChars * Math.Min(options.MaxColumns, 64)));

    private void ReadFailed(ScanReadException ex)
    {
        switch (ex.Failure)
        {
            case ScanReadFailure.TooLarge:
                _issues.Add(ErrorCodes.FileTooLarge, null, null, null, $"{ex.Message} Reading stopped there.");
                break;
            case ScanReadFailure.RowTooLarge:
                // Only a CSV row is too large, and the CSV reader counts lines.
                _issues.Add(ErrorCodes.FileTooLarge, ex.Row, null, null,
                    string.Create(CultureInfo.InvariantCulture,
                        $"This row, which starts on line {ex.Line} of the file, is larger than any row of a scan can be, so reading stopped here. " +
                        $"Nearly always a quote (\") in the row opens a cell that is never closed, and the rest of the file runs into it."),
                    string.Create(CultureInfo.InvariantCulture,
                        $"Open the file in a text editor, go to line {ex.Line} and remove the stray quote at the start of a cell of the row, or close it; " +
                        $"or open the scan in Excel and save it as CSV again."));
                break;
            default:
                var xlsx = _detected?.Format == "xlsx";
                _issues.Add(ErrorCodes.UnsupportedFormat, ex.Row, null, null,
                    xlsx ? $"The Excel workbook cannot be read: {ex.Message}" : $"The file cannot be read as CSV: {ex.Message}",
                    xlsx ? "Open the workbook in Excel, check that it opens without repair, and save it again as \"Excel Workbook (*.xlsx)\"; or save the sheet as \"CSV UTF-8 (comma delimited) (*.csv)\"." : null);
                break;
        }
    }

    private void RejectKind(FileKind kind)
    {
        var (format, message) = kind switch
        {
            FileKind.Empty => ((string?)null, "The file is empty."),
            FileKind.Xls => ("xls", "The file is an old Excel workbook (.xls), which is not read; scans are uploaded as .xlsx or CSV."),
            FileKind.EncryptedWorkbook => ("encrypted-xlsx", "The file is a password-protected (encrypted) Excel workbook, which cannot be read without its password."),
            FileKind.Zip => ("zip", "The file is a ZIP archive, not a scan (CSV or an Excel workbook)."),
            FileKind.OfficeDocument => ("office-document", "The file is a Word or PowerPoint document, not a scan (CSV or an Excel workbook)."),
            FileKind.OpenDocumentSpreadsheet => ("ods",
                "The file is an OpenDocument spreadsheet (.ods, as LibreOffice and OpenOffice save it), which is not read; scans are uploaded as .xlsx or CSV."),
            FileKind.Pdf => ("pdf", "The file is a PDF document, not a scan (CSV or an Excel workbook)."),
            _ => ("binary", "The file holds binary data (such as NUL bytes), not a scan (CSV or an Excel workbook)."),
        };
        _detected = format is null ? null : new DetectedFormat(format, null, null, null, null);
        if (kind == FileKind.Empty)
        {
            _issues.Add(ErrorCodes.EmptyFile, null, null, null, message, "Upload the scan file itself; it has a header row and a row per activity.");
            return;
        }

        _issues.Add(ErrorCodes.UnsupportedFormat, null, null, null, message, kind switch
        {
            FileKind.Xls => "Open the workbook in Excel and save it as \"Excel Workbook (*.xlsx)\" (File > Save As), then upload that file.",
            FileKind.OpenDocumentSpreadsheet => "Open the file in LibreOffice Calc and choose File > Save As (Bestand > Opslaan als) with the file type " +
                "\"Excel 2007-365 (.xlsx)\", or \"Text CSV (.csv)\" with the character set UTF-8; then upload that file.",
            FileKind.EncryptedWorkbook => "Open the workbook in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, " +
                "then clear the password), save it and upload it again. Protecting sheets without encrypting the file is fine.",
            FileKind.OfficeDocument => "Upload the scan itself: the Excel workbook (.xlsx) or CSV file made from the scan template, " +
                "with a row per activity; a document with notes or explanations is not uploaded.",
            _ => null,
        });
    }

    private void ReadRows(IScanRowSource source, CancellationToken cancellationToken)
    {
        try
        {
            ReadRowsOf(source, cancellationToken);
        }
        finally
        {
            _detected = source.Detected with { HeaderRow = _detected?.HeaderRow };
        }
    }

    private void ReadRowsOf(IScanRowSource source, CancellationToken cancellationToken)
    {
        var found = HeaderMap.SkipToHeader(source);
        if (source is XlsxRowSource { SheetChoice: { } sheets } && !WorkbookSheets.Report(sheets, _issues))
        {
            return;
        }

        if (!found)
        {
            _issues.Add(ErrorCodes.EmptyFile, null, null, null, "The file holds only blank lines.",
                "Upload the scan file itself; it has a header row and a row per activity.");
            return;
        }

        _detected = source.Detected with { HeaderRow = source.RowNumber };
        var headerRow = source.RowNumber;
        if (source is CsvRowSource { CurrentRowDefect: RowDefect.UnclosedQuote } header)
        {
            // The rest of the file is in one header cell: its columns and rows would only list consequences.
            ReportUnclosedQuote(header, map: null);
            return;
        }

        var namesColumns = HeaderMap.NamesTemplateColumn(source);
        var map = HeaderMap.Build(source, _options, _issues);
        if (map is null)
        {
            // A row that names none of the template's columns (a title above them) held no column names: the report
            // does not call it the header row, as its error names the row that does hold them.
            _detected = namesColumns ? _detected : _detected with { HeaderRow = null };
            return;
        }

        if (source is XlsxRowSource xlsx)
        {
            _workbook = new WorkbookCells(xlsx, map, _issues);
            _workbook.CheckHeader();
        }

        while (source.ReadRow())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var errors = _issues.ErrorCount;

            // A row blank in every template column is skipped, but not one whose quote swallowed the rows after it.
            if (!ReadCells(source, map) && source.CurrentRowDefect is null)
            {
                ReportLongRow(source, map, hasErrors: false);
                continue;
            }

            if (++_rows > _options.MaxRows)
            {
                _rows--;
                _issues.Add(ErrorCodes.FileTooLarge, null, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"The file has more than {_options.MaxRows:N0} data rows; reading stopped at row {source.RowNumber}."),
                    "Remove the rows that are not part of the scan.");
                return;
            }

            CheckRow(source, map);
            ReportLongRow(source, map, _issues.ErrorCount > errors);
        }

        ReportLongRows(source, map);
        if (_rows == 0)
        {
            ReportNoDataRows(source, headerRow);
        }
    }

    /// <summary>
    /// A header row without data rows. In a workbook, the sheets that hold the template's columns too are named: a sheet
    /// named activiteiten is read even when empty, and the activities may have been pasted onto another.
    /// </summary>
    private void ReportNoDataRows(IScanRowSource source, int headerRow)
    {
        var (read, others) = source is XlsxRowSource { SheetChoice: { } choice } workbook
            ? (choice.Sheet, workbook.OtherSheetsHoldingScan())
            : (null, (IReadOnlyList<string>)[]);
        if (others.Count == 0)
        {
            _issues.Add(ErrorCodes.EmptyFile, null, null, null,
                string.Create(CultureInfo.InvariantCulture, $"The file has a header row (row {headerRow}) but no data rows."),
                "Fill in a row per activity below the header row.");
            return;
        }

        var names = string.Join(", ", others.Select(name => $"'{name}'"));
        _issues.Add(ErrorCodes.EmptyFile, null, null, null,
            string.Create(CultureInfo.InvariantCulture,
                $"The sheet '{read}', the one read, has a header row (row {headerRow}) but no data rows; {(others.Count == 1 ? "sheet" : "sheets")} {names} also {(others.Count == 1 ? "has" : "have")} the template's columns."),
            $"Put the activities on sheet '{read}', or delete that sheet so that the one holding them is read (a sheet named {XlsxRowSource.SheetName} is read first).");
    }

    /// <summary>Reads the template's cells of the current row; false when they are all blank (the row is skipped).</summary>
    private bool ReadCells(IScanRowSource source, HeaderMap map)
    {
        var any = false;
        for (var column = 0; column < Columns.Count; column++)
        {
            var cell = map.CellOfColumn[column];
            var raw = cell < 0 ? string.Empty : source.GetCell(cell);
            _row.Text[column] = raw;
            any |= !string.IsNullOrWhiteSpace(raw);
        }

        // Counting cells is free; a row's other cells are looked at only when it has cells under no header.
        _cellPastHeader = -1;
        if (map.UnnamedCells.Length > 0 || source.CellCount > map.Width)
        {
            FindDataUnderNoHeader(source, map);
        }

        // A formula without its result reads as empty, but the row shows a value there.
        return any || (_workbook?.HasUncomputedFormula() ?? false);
    }

    /// <summary>
    /// Reports a column with no header that holds data, once, on its first row with data. In a CSV, cells past the header
    /// row's last cell are a row longer than the header instead (<see cref="ReportLongRow"/>): nearly always a separator
    /// in a cell that is not in quotes, which shifts the cells after it.
    /// </summary>
    private void FindDataUnderNoHeader(IScanRowSource source, HeaderMap map)
    {
        foreach (var cell in map.UnnamedCells)
        {
            ReportUnheaded(source, cell);
        }

        var csv = source is CsvRowSource;
        for (var cell = map.Width; cell < source.CellCount; cell++)
        {
            if (csv && cell >= map.HeaderCells)
            {
                if (source.CurrentRowDefect is null && !string.IsNullOrWhiteSpace(source.GetCell(cell)))
                {
                    _cellPastHeader = cell;
                    return;
                }
            }
            else
            {
                ReportUnheaded(source, cell);
            }
        }
    }

    private void ReportUnheaded(IScanRowSource source, int cell)
    {
        var value = source.GetCell(cell);
        if (string.IsNullOrWhiteSpace(value) || !(_unheadedReported ??= []).Add(cell))
        {
            return;
        }

        var name = ColumnLetters(cell);
        _issues.Add(ErrorCodes.UnknownColumn, source.RowNumber, null, value,
            string.Create(CultureInfo.InvariantCulture,
                $"Column {name} has no header, but holds data, first on row {source.RowNumber}; the column is ignored."),
            "Give the column a header of the template if it is part of the scan, or delete the column.", cell);
    }

    /// <summary>
    /// A CSV row with data past the header row's cells: with errors, it is told at once that its cells may have shifted
    /// (they explain its errors); without, it is listed in one warning for the file (<see cref="ReportLongRows"/>).
    /// </summary>
    private void ReportLongRow(IScanRowSource source, HeaderMap map, bool hasErrors)
    {
        if (_cellPastHeader < 0)
        {
            return;
        }

        if (!hasErrors)
        {
            if (_longRows.First.Count < 5)
            {
                _longRows.First.Add(source.RowNumber);
            }

            _longRows.Count++;
            return;
        }

        var separator = source.Detected.Delimiter;
        _issues.Add(ErrorCodes.UnknownColumn, source.RowNumber, null, source.GetCell(_cellPastHeader),
            string.Create(CultureInfo.InvariantCulture,
                $"This row has {source.CellCount} cells and the header row {map.HeaderCells}, so its cells may have shifted, which would " +
                $"explain its errors: a separator ({Shown(separator)}) inside a cell that is not in quotes splits the cell in two and moves every cell after it one column on."),
            $"Find the cell of this row that holds the separator, and put it in quotes (\"Groningen{separator} Drenthe\") or remove the separator.",
            _cellPastHeader);
    }

    /// <summary>One warning for the CSV rows with data past the header row's cells and no errors, naming the first few.</summary>
    private void ReportLongRows(IScanRowSource source, HeaderMap map)
    {
        var (first, count) = _longRows;
        if (count == 0)
        {
            return;
        }

        var rows = string.Join(", ", first.Select(r => r.ToString(CultureInfo.InvariantCulture)));
        var more = count > first.Count ? string.Create(CultureInfo.InvariantCulture, $" and {count - first.Count} more") : string.Empty;
        _issues.Add(ErrorCodes.UnknownColumn, first[0], null, null,
            string.Create(CultureInfo.InvariantCulture,
                $"{(count == 1 ? "Row" : "Rows")} {rows}{more} {(count == 1 ? "has" : "have")} more cells than the header row ({map.HeaderCells}); " +
                $"the cells past the header row's last are under no header and are ignored."),
            $"Check these rows for a separator ({Shown(source.Detected.Delimiter)}) inside a cell that is not in quotes, and put such a cell in quotes; " +
            "or, if the extra cells are a column of their own, give it a header.",
            map.HeaderCells);
    }

    /// <summary>A cell's column as a spreadsheet names it; a CSV row can be wider than a sheet, whose last column (XFD) stands for the rest.</summary>
    private static string ColumnLetters(int cell) => CellReference.ColumnName(Math.Min(cell, CellReference.MaxColumns - 1));

    private static string Shown(string? separator) => separator switch
    {
        "\t" => "tab",
        null => "separator",
        _ => separator,
    };

    private void CheckRow(IScanRowSource source, HeaderMap map)
    {
        var row = source.RowNumber;
        _row.Row = row;
        if (source is CsvRowSource { CurrentRowDefect: RowDefect.UnclosedQuote } csv)
        {
            // The cells of the row run into each other: checking them would only list consequences.
            ReportUnclosedQuote(csv, map);
            return;
        }

        _workbook?.CheckRow();

        // Identical rows are found by fingerprint, cell for cell after trimming; the copy gets one error only.
        var fingerprint = FingerprintOfRow();
        if (!_rowFingerprints.TryAdd(fingerprint, row))
        {
            var first = _rowFingerprints[fingerprint];
            _issues.Add(ErrorCodes.DuplicateRow, row, null, null,
                string.Create(CultureInfo.InvariantCulture, $"This row is identical to row {first}."),
                "Delete this row.");
            return;
        }

        var mark = _issues.Mark;
        var missing = _cells.MissingValues;
        for (var column = 0; column < Columns.Count; column++)
        {
            if (_workbook?.MergedAway(map.CellOfColumn[column]) == true)
            {
                CellReader.NoValue(_row, column);
            }
            else if (_workbook?.UncomputedFormula(map.CellOfColumn[column]) is { } formula)
            {
                _cells.ReadUncomputedFormula(_row, column, formula);
            }
            else if (_workbook?.ErrorValue(map.CellOfColumn[column]) is { } error)
            {
                _cells.ReadErrorValue(_row, column, error);
            }
            else if (_workbook is not null && ScanTemplate.Columns[column].Kind == CellKind.Year
                && _workbook.YearShown(map.CellOfColumn[column]) is { } year)
            {
                // A date cell formatted to show only its year (yyyy) shows a year, which is what a year column asks for.
                _cells.Read(_row, column, year, true);
            }
            else
            {
                _cells.Read(_row, column, _row.Text[column], map.CellOfColumn[column] >= 0);
            }
        }

        // Looked at only on a row with an empty required cell: a totals row is told once, and is no activity to check further.
        if (_cells.MissingValues != missing && TotalsRow.Report(source, _issues, mark))
        {
            return;
        }

        _crossChecks.CheckYears(_row);
        var province = _crossChecks.CheckProvince(_row);

        // A row that names the wrong province is reported once: its location is not held against either province. Without
        // a given province that is known only at the end, where CrossChecks.Finish withdraws what was held against it.
        var located = _row.Invalid[Columns.Province] ? null : _row.Province ?? province;
        _crossChecks.CheckCoordinates(_row, located);
        _crossChecks.CheckMunicipality(_row, located);
        if (province is not null)
        {
            // Rows naming different provinces reject the upload at the end (CrossChecks.Finish): nothing is worth keeping.
            _assembly.Add(_row, province, keep: _issues.ErrorCount == 0 && !_crossChecks.ProvincesDiffer);
        }
    }

    /// <summary>
    /// Reports the quote of the current row that is never closed by the line of the file it opens on: the officer who fixes it
    /// does so in a text editor, whose line numbers are not the row numbers once an earlier cell holds line breaks.
    /// </summary>
    /// <param name="source">The CSV, on the row.</param>
    /// <param name="map">The header row's map; null when the quote is in the header row itself.</param>
    private void ReportUnclosedQuote(CsvRowSource source, HeaderMap? map)
    {
        var (cell, line) = source.UnclosedQuote;
        var row = source.RowNumber;
        var column = map is null ? -1 : Array.IndexOf(map.CellOfColumn, cell);
        var name = column >= 0 ? ScanTemplate.Columns[column].Name : null;
        var where = name ?? ColumnLetters(cell);
        var message = map is null
            ? string.Create(CultureInfo.InvariantCulture,
                $"The quote (\") that opens in column {where} of the header row, on line {line} of the file (row {row}), is never closed, " +
                $"so the rest of the file was read into that one cell and no data rows were read.")
            : string.Create(CultureInfo.InvariantCulture,
                $"The quote (\") that opens in column {where} on line {line} of the file (row {row}) is never closed, " +
                $"so the rest of the file was read into that one cell.");
        _issues.Add(ErrorCodes.UnclosedQuote, row, name, null, message,
            string.Create(CultureInfo.InvariantCulture,
                $"Open the file in a text editor, go to line {line} and remove the stray quote that starts the cell of column {where}, " +
                $"or add the closing quote where that cell should end; or open the scan in Excel and save it as CSV again."),
            cell);
    }

    private Fingerprint128 FingerprintOfRow()
    {
        for (var column = 0; column < Columns.Count; column++)
        {
            _fingerprinter.Append(_row.Text[column].AsSpan().Trim());
        }

        return _fingerprinter.Finish();
    }
}
