using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Parquet;
using Parquet.Schema;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes a published table as Parquet, row by row: one typed column per published column (UTF-8 string, INT64,
/// DOUBLE, list of strings), NULL for empty optional cells, Snappy compression, and row groups written as
/// they fill. Given a location, it adds a GeoParquet 1.1 point column (<c>geometry</c>, WKB) with its
/// <c>bbox</c> covering column and the <c>geo</c> metadata.
/// </summary>
/// <remarks>
/// Every column is written with explicit definition levels rather than Parquet.Net's string helpers,
/// which were seen turning nulls into empty strings; the tests count NULLs with DuckDB.
/// Snappy rather than Zstd: every Parquet reader a consumer may use (Power BI among them) reads it.
/// </remarks>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class ParquetTableSink<TRow> : IRowSink<TRow>, IAsyncDisposable
{
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy };

    private readonly ParquetWriter _writer;
    private readonly IReadOnlyList<Column<TRow>> _columns;
    private readonly List<Field> _fields;
    private readonly Func<TRow, GeoPoint?>? _location;
    private readonly DataField _geometry;
    private readonly DataField[] _bboxFields;
    private TRow[] _group;
    private TRow[] _written;
    private Task _writing = Task.CompletedTask;
    private readonly ColumnBuffers _buffers;
    private int _filled;
    private double _minX = double.PositiveInfinity, _minY = double.PositiveInfinity, _maxX = double.NegativeInfinity, _maxY = double.NegativeInfinity;

    private ParquetTableSink(
        ParquetWriter writer, IReadOnlyList<Column<TRow>> columns, List<Field> fields, Func<TRow, GeoPoint?>? location,
        DataField geometry, DataField[] bboxFields, int rowGroupSize)
    {
        _writer = writer;
        _columns = columns;
        _fields = fields;
        _location = location;
        _geometry = geometry;
        _bboxFields = bboxFields;
        _group = new TRow[rowGroupSize];
        _written = new TRow[rowGroupSize];
        _buffers = new ColumnBuffers(rowGroupSize);
    }

    /// <summary>The number of rows taken.</summary>
    public long Rows { get; private set; }

    /// <summary>Starts a file.</summary>
    /// <param name="output">Where the file goes; it need not be seekable.</param>
    /// <param name="columns">The published columns, in file order.</param>
    /// <param name="location">The point of a row for the GeoParquet columns, or null for a table without them.</param>
    /// <param name="rowGroupSize">Rows per row group: up to twice this many rows are held (one group filling, one being written).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task<ParquetTableSink<TRow>> CreateAsync(
        Stream output, IReadOnlyList<Column<TRow>> columns, Func<TRow, GeoPoint?>? location, int rowGroupSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupSize);
        var fields = columns.Select(ToField).ToList();
        var geometry = new DataField(GeoParquetMetadata.GeometryColumn, typeof(byte[]), isNullable: true);
        var bboxFields = GeoParquetMetadata.BboxFields.Select(f => new DataField(f, typeof(double), isNullable: false)).ToArray();
        var bbox = new StructField(GeoParquetMetadata.BboxColumn, bboxFields.Cast<Field>().ToArray());
        var schema = location is null
            ? new ParquetSchema(fields)
            : new ParquetSchema([.. fields, geometry, bbox]);
        var writer = await ParquetWriter.CreateAsync(schema, output, Options, append: false, cancellationToken);
        return new ParquetTableSink<TRow>(writer, columns, fields, location, geometry, bboxFields, rowGroupSize);
    }

    /// <inheritdoc />
    public ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        _group[_filled++] = row;
        Rows++;
        if (_location?.Invoke(row) is { } point)
        {
            _minX = Math.Min(_minX, point.Longitude);
            _minY = Math.Min(_minY, point.Latitude);
            _maxX = Math.Max(_maxX, point.Longitude);
            _maxY = Math.Max(_maxY, point.Latitude);
        }

        return _filled == _group.Length ? new ValueTask(HandOverAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <summary>Writes the last row group and the GeoParquet metadata, which goes into the footer.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        // An empty table gets no row group: the footer alone is a valid file with its schema.
        if (_filled > 0)
        {
            await HandOverAsync(cancellationToken);
        }

        await _writing;

        if (_location is not null)
        {
            GeoPoint[] extent = _minX <= _maxX ? [new GeoPoint(_minX, _minY), new GeoPoint(_maxX, _maxY)] : [];
            _writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [GeoParquetMetadata.Key] = GeoParquetMetadata.Build(extent),
            };
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            // A group still being written (the pass failed elsewhere) must finish before the file closes.
            await _writing;
        }
        catch (Exception) when (!_writing.IsCompletedSuccessfully)
        {
            // Its failure was reported by the step that stopped the pass, or is moot now.
        }

        await _writer.DisposeAsync();
    }

    /// <summary>
    /// Hands the full group to the writer and goes on filling the other array: the group is encoded on a second
    /// core while the pass reads on, one group at a time (Parquet.Net writes the groups in order).
    /// </summary>
    private async Task HandOverAsync(CancellationToken cancellationToken)
    {
        await _writing;
        (_group, _written) = (_written, _group);
        var count = _filled;
        _filled = 0;
        _writing = Task.Run(() => WriteGroupAsync(_written, count, cancellationToken), cancellationToken);
    }

    private async Task WriteGroupAsync(TRow[] group, int count, CancellationToken cancellationToken)
    {
        using (var rowGroup = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                await WriteColumnAsync(rowGroup, _fields[i], _columns[i], group, count, cancellationToken);
            }

            if (_location is not null)
            {
                await WriteGeometryAsync(rowGroup, group, count, cancellationToken);
            }

            rowGroup.CompleteValidate();
        }

        Array.Clear(group, 0, count);
        Array.Clear(_buffers.Cells, 0, count);
    }

    private static Field ToField(Column<TRow> column) => column.Type switch
    {
        ColumnType.Text => new DataField(column.Name, typeof(string), isNullable: !column.Required),
        ColumnType.WholeNumber => new DataField(column.Name, typeof(long), isNullable: !column.Required),
        ColumnType.RealNumber => new DataField(column.Name, typeof(double), isNullable: !column.Required),
        ColumnType.TextList => new ListField(column.Name, new DataField("element", typeof(string), isNullable: false)),
        _ => throw new InvalidOperationException($"No Parquet type for {column.Type}."),
    };

    private Task WriteColumnAsync(
        ParquetRowGroupWriter rowGroup, Field field, Column<TRow> column, TRow[] group, int count, CancellationToken cancellationToken)
    {
        var cells = _buffers.Cells;
        for (var i = 0; i < count; i++)
        {
            cells[i] = Cells.Read(column, group[i]);
        }

        return column.Type switch
        {
            ColumnType.Text => WriteScalarAsync(rowGroup, (DataField)field, count, _buffers.Texts, v => ((string)v).AsMemory(), cancellationToken),
            ColumnType.WholeNumber => WriteScalarAsync(rowGroup, (DataField)field, count, _buffers.Longs, v => (long)v, cancellationToken),
            ColumnType.RealNumber => WriteScalarAsync(rowGroup, (DataField)field, count, _buffers.Doubles, v => (double)v, cancellationToken),
            ColumnType.TextList => WriteListAsync(rowGroup, (ListField)field, count, cancellationToken),
            _ => throw new InvalidOperationException($"No Parquet type for {column.Type}."),
        };
    }

    // Definition level 1 = value present, 0 = NULL; a required column has no levels at all.
    private async Task WriteScalarAsync<T>(
        ParquetRowGroupWriter rowGroup, DataField field, int count, T[] values, Func<object, T> convert, CancellationToken cancellationToken)
        where T : struct
    {
        var cells = _buffers.Cells;
        var levels = _buffers.Definitions;
        var present = 0;
        for (var i = 0; i < count; i++)
        {
            if (cells[i] is { } cell)
            {
                values[present++] = convert(cell);
                levels[i] = 1;
            }
            else
            {
                levels[i] = 0;
            }
        }

        if (!field.IsNullable)
        {
            // Parquet.Net counts the rows of WriteAllPartsAsync from the definition levels, which a
            // required column does not have; its plain overload counts the values.
            await rowGroup.WriteAsync<T>(field, values.AsMemory(0, present), null, null, cancellationToken);
        }
        else
        {
            await rowGroup.WriteAllPartsAsync<T>(field, values.AsMemory(0, present), levels.AsMemory(0, count), null, cancellationToken);
        }
    }

    // Three-level list: definition 0 = NULL list, 2 = an element (empty lists are NULL, see Cells);
    // repetition 0 starts a row, 1 continues its list.
    private async Task WriteListAsync(ParquetRowGroupWriter rowGroup, ListField field, int count, CancellationToken cancellationToken)
    {
        var cells = _buffers.Cells;
        int entries = 0, present = 0;
        for (var i = 0; i < count; i++)
        {
            // Elements never outnumber entries, so the entries' capacity covers the values too.
            if (cells[i] is IReadOnlyList<string> list)
            {
                _buffers.EnsureListCapacity(entries + list.Count);
                for (var j = 0; j < list.Count; j++)
                {
                    _buffers.ListValues[present++] = list[j].AsMemory();
                    _buffers.ListDefinitions[entries] = 2;
                    _buffers.ListRepetitions[entries] = j == 0 ? 0 : 1;
                    entries++;
                }
            }
            else
            {
                _buffers.EnsureListCapacity(entries + 1);
                _buffers.ListDefinitions[entries] = 0;
                _buffers.ListRepetitions[entries] = 0;
                entries++;
            }
        }

        await rowGroup.WriteAllPartsAsync<ReadOnlyMemory<char>>(
            (DataField)field.Item, _buffers.ListValues.AsMemory(0, present), _buffers.ListDefinitions.AsMemory(0, entries),
            _buffers.ListRepetitions.AsMemory(0, entries), cancellationToken);
        Array.Clear(_buffers.ListValues, 0, present);
    }

    // A row has a bbox if and only if it has a geometry (GeoParquet 1.1, bounding box columns).
    private async Task WriteGeometryAsync(ParquetRowGroupWriter rowGroup, TRow[] group, int count, CancellationToken cancellationToken)
    {
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false);
        var levels = _buffers.Definitions;
        var present = 0;
        for (var i = 0; i < count; i++)
        {
            if (_location!(group[i]) is { } point)
            {
                _buffers.Shapes[present] = wkb.Write(new Point(point.Longitude, point.Latitude));
                _buffers.Bounds[0][present] = point.Longitude;
                _buffers.Bounds[1][present] = point.Latitude;
                present++;
                levels[i] = 1;
            }
            else
            {
                levels[i] = 0;
            }
        }

        await rowGroup.WriteAllPartsAsync<ReadOnlyMemory<byte>>(_geometry, _buffers.Shapes.AsMemory(0, present), levels.AsMemory(0, count), null, cancellationToken);

        // xmin = xmax and ymin = ymax for a point.
        double[][] bounds = [_buffers.Bounds[0], _buffers.Bounds[1], _buffers.Bounds[0], _buffers.Bounds[1]];
        for (var i = 0; i < _bboxFields.Length; i++)
        {
            await rowGroup.WriteAllPartsAsync<double>(_bboxFields[i], bounds[i].AsMemory(0, present), levels.AsMemory(0, count), null, cancellationToken);
        }

        Array.Clear(_buffers.Shapes, 0, present);
    }
}
