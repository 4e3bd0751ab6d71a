using System.Globalization;
using CsvHelper;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes a published table as CSV, row by row: UTF-8 without byte order mark, RFC 4180, CRLF, a header of
/// column names, numbers in invariant culture, lists joined with <c>|</c>, NULL as an empty unquoted field,
/// and text that a spreadsheet would run as a formula prefixed with <c>'</c>.
/// </summary>
/// <remarks>
/// No byte order mark: the files are for DuckDB, pandas, R and scripts first, where a BOM ends up in the
/// first column name (Python's csv module, <c>cut</c>, <c>join</c>), and the data package says
/// <c>utf-8</c>. Dutch Excel opens a comma-separated file in one column anyway, so spreadsheet users import
/// it (Data › From Text/CSV), where UTF-8 is chosen without a BOM.
/// </remarks>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class CsvTableSink<TRow> : IRowSink<TRow>, IAsyncDisposable
{
    // Escape = a leading ' (and quotes); it applies to text only, so -0.12 written as a number stays a number.
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\r\n",
        WriteByteOrderMark = false,
    };

    // Lists joined once per list object: rows read from staged lines share one array per distinct list.
    private const int MaxJoined = 8192;

    private readonly RowCells<TRow> _cells;
    private readonly CsvWriter _csv;
    private readonly Dictionary<IReadOnlyList<string>, string> _joined = new(ReferenceEqualityComparer.Instance);

    /// <summary>Starts the file with its header row.</summary>
    public CsvTableSink(Stream output, IReadOnlyList<Column<TRow>> columns)
        : this(output, new RowCells<TRow>(columns))
    {
    }

    /// <summary>Starts the file with its header row; the cells are read through <paramref name="cells"/>, shared with the table's other sinks.</summary>
    public CsvTableSink(Stream output, RowCells<TRow> cells)
    {
        _cells = cells;
        _csv = CsvWriter.Create(output, Options, leaveOpen: true);
        _csv.WriteHeader(cells.Columns.Select(c => c.Name).ToArray());
    }

    /// <summary>The number of data rows written.</summary>
    public long Rows { get; private set; }

    /// <inheritdoc />
    public ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        foreach (var cell in _cells.Of(row))
        {
            WriteCell(cell);
        }

        Rows++;
        return _csv.EndRecordAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task CompleteAsync(CancellationToken cancellationToken) => _csv.FlushAsync(cancellationToken).AsTask();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    private void WriteCell(object? value)
    {
        switch (value)
        {
            case null:
                _csv.WriteField((string?)null);
                break;
            case string text:
                _csv.WriteField(text);
                break;
            case long number:
                _csv.WriteField(number, default);
                break;
            case double number:
                _csv.WriteField(number, default);
                break;
            case IReadOnlyList<string> list:
                _csv.WriteField(Joined(list));
                break;
            default:
                throw new InvalidOperationException($"No CSV form for a {value.GetType().Name}.");
        }
    }

    private string Joined(IReadOnlyList<string> list)
    {
        if (_joined.TryGetValue(list, out var joined))
        {
            return joined;
        }

        joined = string.Join(CsvTableWriter.ListSeparator, list);
        if (_joined.Count < MaxJoined)
        {
            _joined.Add(list, joined);
        }

        return joined;
    }
}
