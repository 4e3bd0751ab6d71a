using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// The published cells of the row being written (<see cref="Cells.Read"/> of each column), read once per row and shared
/// by the sinks of one table's pass: its CSV, Parquet and GeoJSON writers each take every cell of every row.
/// </summary>
/// <remarks>
/// A row is known by reference: the cells are read again when a sink is given another row object than the last one.
/// Rows are immutable records, so the same object always has the same cells. Not thread-safe; a pass feeds its sinks
/// one row at a time on one thread.
/// </remarks>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class RowCells<TRow>
{
    private readonly Column<TRow>[] _columns;
    private readonly object?[] _cells;
    private object? _row;

    public RowCells(IReadOnlyList<Column<TRow>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns;
        _columns = [.. columns];
        _cells = new object?[_columns.Length];
    }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<Column<TRow>> Columns { get; }

    /// <summary>How many times a row's cells were read (for tests: once per row, however many sinks).</summary>
    public long Reads { get; private set; }

    /// <summary>The cells of <paramref name="row"/>, in column order; valid until the cells of another row are asked for.</summary>
    /// <exception cref="InvalidOperationException">A cell of the wrong type, or a required one missing (see <see cref="Cells.Read"/>).</exception>
    public ReadOnlySpan<object?> Of(TRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!ReferenceEquals(row, _row))
        {
            // Forget the last row first: when a cell fails, no half-read row may pass for it.
            _row = null;
            for (var i = 0; i < _columns.Length; i++)
            {
                _cells[i] = Cells.Read(_columns[i], row);
            }

            _row = row;
            Reads++;
        }

        return _cells;
    }
}
