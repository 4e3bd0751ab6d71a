using CsvHelper;

namespace Regioscan.Core.Reading;

/// <summary>
/// The rows of a CSV upload, read with CsvHelper from the UTF-8 that <see cref="TextDecodingStream"/>
/// makes of it. Empty lines are rows too, so row numbers are those Excel shows; a quoted cell with
/// line breaks is one row.
/// </summary>
public sealed class CsvRowSource : IScanRowSource
{
    private readonly TextDecodingStream _text;
    private readonly CsvReader _reader;
    private readonly CsvDialect _dialect;
    private long _unclosedQuoteRow = -1;

    internal CsvRowSource(TextDecodingStream text, CsvDialect dialect, int maxRecordBytes)
    {
        _text = text;
        _dialect = dialect;
        var options = new CsvReaderOptions
        {
            // With Excel's "sep=;" line, CsvHelper reads the separator from it and skips the line, as Excel does.
            Separator = dialect.HasSeparatorLine ? null : dialect.Separator,
            DetectSeparatorHint = dialect.HasSeparatorLine,
            HasHeader = false,
            SkipEmptyLines = false,
            AllowLineBreaksInQuotes = true,
            MaxRecordSize = maxRecordBytes,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    _unclosedQuoteRow = record.RecordNumber;
                }
            },
        };
        _reader = CsvReader.Create(text, options, leaveOpen: false);
    }

    /// <inheritdoc />
    public DetectedFormat Detected => new(
        "csv",
        _text.EncodingName,
        _dialect.Separator.ToString(),
        _dialect.LineEndings,
        HeaderRow: null);

    /// <inheritdoc />
    public int RowNumber => checked((int)_reader.RowNumber);

    /// <inheritdoc />
    public int CellCount => _reader.FieldCount;

    /// <inheritdoc />
    public RowDefect? CurrentRowDefect => _reader.RowNumber == _unclosedQuoteRow ? RowDefect.UnclosedQuote : null;

    /// <inheritdoc />
    public bool ReadRow()
    {
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException ex) when (ex.RecordNumber > 0)
        {
            // Malformed quoting is recovered (see the options), so a record-bound error means a record too large to buffer.
            throw new ScanReadException(ScanReadFailure.RowTooLarge, ex.Message, ex) { Row = (int)Math.Min(ex.RecordNumber, int.MaxValue) };
        }
        catch (CsvFormatException ex)
        {
            throw new ScanReadException(ScanReadFailure.Malformed, ex.Message, ex);
        }
    }

    /// <inheritdoc />
    public string GetCell(int index) => index < _reader.FieldCount ? _reader.GetString(index) : string.Empty;

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
