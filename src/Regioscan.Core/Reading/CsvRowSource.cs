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

    /// <summary>Per column, the previous row's cell: its bytes and the string made of them.</summary>
    private PreviousCell[] _previous = [];

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

            // An unclosed quote is found in a text editor by its line, which the row number is not once a cell holds
            // line breaks. CsvHelper counts lines as it reads: about 3 ms more for a 78 MB upload that takes 2.4 s to validate.
            TrackLineNumbers = true,
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

    /// <summary>
    /// Where the quoted cell that is never closed opens, on a row whose <see cref="CurrentRowDefect"/> is
    /// <see cref="RowDefect.UnclosedQuote"/>: its position in the row, and the line of the file it opens on, as a
    /// text editor numbers lines (from 1, counting the line breaks inside earlier cells and a <c>sep=</c> line).
    /// </summary>
    /// <exception cref="InvalidOperationException">The current row has no unclosed quote.</exception>
    public (int Cell, long Line) UnclosedQuote
    {
        get
        {
            if (CurrentRowDefect != RowDefect.UnclosedQuote)
            {
                throw new InvalidOperationException("The current row has no unclosed quote.");
            }

            // The quoted cell runs to the end of the file, so it is the row's last cell, and what comes before it is the
            // row's text with that cell cut off its end.
            var cell = _reader.FieldCount - 1;
            var row = _reader.RawRecord;
            var before = row[..(row.Length - _reader.GetRawSpan(cell).Length)];
            return (cell, _reader.LineNumber + LineBreaks(before));
        }
    }

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
            throw new ScanReadException(ScanReadFailure.RowTooLarge, ex.Message, ex)
            {
                Row = (int)Math.Min(ex.RecordNumber, int.MaxValue),
                Line = ex.LineNumber > 0 ? ex.LineNumber : null,
            };
        }
        catch (CsvFormatException ex)
        {
            throw new ScanReadException(ScanReadFailure.Malformed, ex.Message, ex);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// A cell with the same bytes as the same column's cell on the row before is that cell's string again: an
    /// initiative's columns are repeated on each of its rows, one after the other (its description too), and a
    /// comparison of bytes costs less than decoding them into a new string that is garbage a row later.
    /// </remarks>
    public string GetCell(int index)
    {
        if (index >= _reader.FieldCount)
        {
            return string.Empty;
        }

        var bytes = _reader.GetSpan(index);
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (index >= _previous.Length)
        {
            Array.Resize(ref _previous, index + 1);
        }

        ref var previous = ref _previous[index];
        if (previous.Text is not null && bytes.SequenceEqual(previous.Bytes.AsSpan(0, previous.Length)))
        {
            return previous.Text;
        }

        if (bytes.Length > MaxRememberedBytes)
        {
            previous = previous with { Text = null };
            return _reader.GetString(index);
        }

        // The bytes are kept before the string is made: the span is the reader's, valid only until it is asked again.
        if (previous.Bytes is null || previous.Bytes.Length < bytes.Length)
        {
            previous.Bytes = new byte[Math.Max(bytes.Length, 64)];
        }

        bytes.CopyTo(previous.Bytes);
        var text = _reader.GetString(index);
        previous = previous with { Length = bytes.Length, Text = text };
        return text;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    /// <summary>The line breaks in <paramref name="text"/>, as CsvHelper counts them: CR, LF and CR LF each once.</summary>
    private static int LineBreaks(ReadOnlySpan<byte> text) =>
        text.Count((byte)'\r') + text.Count((byte)'\n') - text.Count("\r\n"u8);

    /// <summary>Cells longer than this are not remembered: a long text seldom repeats, and its bytes would stay held.</summary>
    private const int MaxRememberedBytes = 8192;

    private record struct PreviousCell(byte[] Bytes, int Length, string? Text);
}
