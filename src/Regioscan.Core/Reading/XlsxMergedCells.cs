using System.Buffers;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Regioscan.Core.Reading;

/// <summary>
/// The merged cells of the sheet read, applied to its rows as they stream by: a range within one column (merged down)
/// reads as the value of its top cell on each of its rows, as the sheet shows it; every range is named on the rows it
/// covers (<see cref="Covering"/>), so that ranges across columns can be reported.
/// </summary>
/// <remarks>
/// A sheet lists its merged ranges after its rows, so they are read from the sheet before the rows are: first an
/// unpacking of the sheet that only looks for the word <c>mergeCell</c> (a sheet without merged cells, nearly every one,
/// costs no more), and only when it is there a pass of an XML reader that skips the rows. Only the ranges are held.
/// </remarks>
internal sealed class XlsxMergedCells
{
    /// <summary>The most ranges held: 16 bytes each. A scan merged down over its initiatives has a few per initiative.</summary>
    public const int MaxRanges = 1_000_000;

    private static readonly byte[] Word = "mergeCell"u8.ToArray();

    /// <summary>The ranges by their top row.</summary>
    private readonly XlsxMergedRange[] _ranges;

    /// <summary>The ranges that cover the current row, or may cover a later one, with the value of their top cell.</summary>
    private readonly List<(XlsxMergedRange Range, string Value)> _open = [];

    private readonly List<XlsxMergedRange> _covering = [];

    /// <summary>The first range of <see cref="_ranges"/> not yet opened.</summary>
    private int _next;

    private XlsxMergedCells(XlsxMergedRange[] ranges)
    {
        Array.Sort(ranges, static (a, b) => a.FirstRow.CompareTo(b.FirstRow));
        _ranges = ranges;
    }

    /// <summary>The ranges that cover the current row, in the order of their top rows.</summary>
    public IReadOnlyList<XlsxMergedRange> Covering => _covering;

    /// <summary>The merged cells of <paramref name="sheet"/>; null when it has none.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="maxUnpackedBytes">The most the sheet may unpack to.</param>
    /// <param name="name">The sheet's name, for the message when it has too many ranges.</param>
    /// <exception cref="ScanReadException">The sheet unpacks to more than the limit, or has more than <see cref="MaxRanges"/> ranges.</exception>
    /// <remarks>
    /// A sheet damaged before its ranges gives what was read of them: reading its rows stops at the damage and reports it there,
    /// with the rows before it checked.
    /// </remarks>
    public static XlsxMergedCells? Read(WorksheetPart sheet, long maxUnpackedBytes, string name)
    {
        var ranges = new List<XlsxMergedRange>();
        try
        {
            using (var stream = sheet.GetStream(FileMode.Open, FileAccess.Read))
            {
                if (!Mentions(stream, maxUnpackedBytes))
                {
                    return null;
                }
            }

            using var part = sheet.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = XmlReader.Create(part, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreWhitespace = true,
                MaxCharactersInDocument = maxUnpackedBytes,
            });
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                }
                else if (reader.LocalName == "sheetData")
                {
                    reader.Skip();
                }
                else
                {
                    if (reader.LocalName == "mergeCell" && XlsxMergedRange.TryParse(reader.GetAttribute("ref"), out var range))
                    {
                        if (ranges.Count == MaxRanges)
                        {
                            throw TooMany(name);
                        }

                        ranges.Add(range);
                    }

                    reader.Read();
                }
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            // Reported where the rows reach the damage.
        }

        return ranges.Count > 0 ? new XlsxMergedCells([.. ranges]) : null;
    }

    /// <summary>
    /// Moves to row <paramref name="row"/>, whose cells are <paramref name="cells"/>: fills in the cells of the ranges
    /// merged down, and lists the ranges that cover the row in <see cref="Covering"/>. Rows come in increasing order;
    /// a row the sheet leaves out (blank) is passed over.
    /// </summary>
    public void Apply(int row, List<string> cells)
    {
        var kept = 0;
        for (var i = 0; i < _open.Count; i++)
        {
            if (_open[i].Range.LastRow >= row)
            {
                _open[kept++] = _open[i];
            }
        }

        _open.RemoveRange(kept, _open.Count - kept);
        for (; _next < _ranges.Length && _ranges[_next].FirstRow <= row; _next++)
        {
            var range = _ranges[_next];
            if (range.LastRow >= row)
            {
                // A top row the sheet leaves out is blank: so is the range.
                var value = range.FirstRow == row && range.FirstColumn < cells.Count ? cells[range.FirstColumn] : string.Empty;
                _open.Add((range, value));
            }
        }

        _covering.Clear();
        foreach (var (range, value) in _open)
        {
            _covering.Add(range);
            if (range.FirstRow < row && !range.SpansColumns)
            {
                while (cells.Count <= range.FirstColumn)
                {
                    cells.Add(string.Empty);
                }

                cells[range.FirstColumn] = value;
            }
        }
    }

    /// <summary>Whether the unpacked part holds the word <c>mergeCell</c>; reads it to its end when it does not.</summary>
    private static bool Mentions(Stream part, long maxUnpackedBytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long total = 0;
            var kept = 0;
            int read;
            while ((read = part.Read(buffer, kept, buffer.Length - kept)) > 0)
            {
                total += read;
                if (total > maxUnpackedBytes)
                {
                    throw new ScanReadException(ScanReadFailure.TooLarge,
                        $"The workbook unpacks to more than the limit of {Bytes.Describe(maxUnpackedBytes)}.");
                }

                var filled = kept + read;
                if (buffer.AsSpan(0, filled).IndexOf(Word) >= 0)
                {
                    return true;
                }

                // The word may straddle two reads: keep the bytes that could start it.
                kept = Math.Min(filled, Word.Length - 1);
                buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
            }

            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ScanReadException TooMany(string name) =>
        new(ScanReadFailure.TooLarge, string.Create(CultureInfo.InvariantCulture,
            $"The sheet '{name}' has more than {MaxRanges:N0} ranges of merged cells."));
}
