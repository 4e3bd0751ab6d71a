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
    private readonly int _rowGroupSize;
    private readonly ReadOnlyMemory<byte>[] _shapes;
    private RowGroupColumns<TRow> _group;
    private RowGroupColumns<TRow> _written;
    private Task _writing = Task.CompletedTask;
    private double _minX = double.PositiveInfinity, _minY = double.PositiveInfinity, _maxX = double.NegativeInfinity, _maxY = double.NegativeInfinity;

    private ParquetTableSink(
        ParquetWriter writer, RowCells<TRow> cells, List<Field> fields, Func<TRow, GeoPoint?>? location,
        DataField geometry, DataField[] bboxFields, int rowGroupSize)
    {
        _writer = writer;
        _columns = cells.Columns;
        _fields = fields;
        _location = location;
        _geometry = geometry;
        _bboxFields = bboxFields;
        _rowGroupSize = rowGroupSize;
        _group = new RowGroupColumns<TRow>(cells, rowGroupSize, location is not null);
        _written = new RowGroupColumns<TRow>(cells, rowGroupSize, location is not null);
        _shapes = location is null ? [] : new ReadOnlyMemory<byte>[rowGroupSize];
    }

    /// <summary>The number of rows taken.</summary>
    public long Rows { get; private set; }

    /// <summary>Starts a file.</summary>
    /// <param name="output">Where the file goes; it need not be seekable.</param>
    /// <param name="columns">The published columns, in file order.</param>
    /// <param name="location">The point of a row for the GeoParquet columns, or null for a table without them.</param>
    /// <param name="rowGroupSize">Rows per row group: the cells of up to twice this many rows are held (one group filling, one being written), not the rows.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task<ParquetTableSink<TRow>> CreateAsync(
        Stream output, IReadOnlyList<Column<TRow>> columns, Func<TRow, GeoPoint?>? location, int rowGroupSize, CancellationToken cancellationToken) =>
        CreateAsync(output, new RowCells<TRow>(columns), location, rowGroupSize, cancellationToken);

    /// <summary>Starts a file whose cells are read through <paramref name="cells"/>, shared with the table's other sinks.</summary>
    /// <param name="output">Where the file goes; it need not be seekable.</param>
    /// <param name="cells">The published columns, in file order, and the current row's cells.</param>
    /// <param name="location">The point of a row for the GeoParquet columns, or null for a table without them.</param>
    /// <param name="rowGroupSize">Rows per row group.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task<ParquetTableSink<TRow>> CreateAsync(
        Stream output, RowCells<TRow> cells, Func<TRow, GeoPoint?>? location, int rowGroupSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupSize);
        var fields = cells.Columns.Select(ToField).ToList();
        var geometry = new DataField(GeoParquetMetadata.GeometryColumn, typeof(byte[]), isNullable: true);
        var bboxFields = GeoParquetMetadata.BboxFields.Select(f => new DataField(f, typeof(double), isNullable: false)).ToArray();
        var bbox = new StructField(GeoParquetMetadata.BboxColumn, bboxFields.Cast<Field>().ToArray());
        var schema = location is null
            ? new ParquetSchema(fields)
            : new ParquetSchema([.. fields, geometry, bbox]);
        var writer = await ParquetWriter.CreateAsync(schema, output, Options, append: false, cancellationToken);
        return new ParquetTableSink<TRow>(writer, cells, fields, location, geometry, bboxFields, rowGroupSize);
    }

    /// <inheritdoc />
    public ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        var point = _location?.Invoke(row);
        if (point is { } p)
        {
            _minX = Math.Min(_minX, p.Longitude);
            _minY = Math.Min(_minY, p.Latitude);
            _maxX = Math.Max(_maxX, p.Longitude);
            _maxY = Math.Max(_maxY, p.Latitude);
        }

        _group.Add(row, point);
        Rows++;
        return _group.Count == _rowGroupSize ? new ValueTask(HandOverAsync(cancellationToken)) : ValueTask.CompletedTask;
    }

    /// <summary>Writes the last row group and the GeoParquet metadata, which goes into the footer.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        // An empty table gets no row group: the footer alone is a valid file with its schema.
        if (_group.Count > 0)
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
        var group = _written;
        _writing = Task.Run(() => WriteGroupAsync(group, cancellationToken), cancellationToken);
    }

    private async Task WriteGroupAsync(RowGroupColumns<TRow> group, CancellationToken cancellationToken)
    {
        using (var rowGroup = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                await WriteColumnAsync(rowGroup, _fields[i], group.Values[i], group.Count, cancellationToken);
            }

            if (group.Geometry is { } geometry)
            {
                await WriteGeometryAsync(rowGroup, geometry, group.Latitudes, group.Count, cancellationToken);
            }

            rowGroup.CompleteValidate();
        }

        group.Clear();
    }

    private static Field ToField(Column<TRow> column) => column.Type switch
    {
        ColumnType.Text => new DataField(column.Name, typeof(string), isNullable: !column.Required),
        ColumnType.WholeNumber => new DataField(column.Name, typeof(long), isNullable: !column.Required),
        ColumnType.RealNumber => new DataField(column.Name, typeof(double), isNullable: !column.Required),
        ColumnType.TextList => new ListField(column.Name, new DataField("element", typeof(string), isNullable: false)),
        _ => throw new InvalidOperationException($"No Parquet type for {column.Type}."),
    };

    private static Task WriteColumnAsync(ParquetRowGroupWriter rowGroup, Field field, ColumnValues values, int count, CancellationToken cancellationToken) =>
        values.Type switch
        {
            ColumnType.Text => WriteScalarAsync(rowGroup, (DataField)field, values.Texts, values, count, cancellationToken),
            ColumnType.WholeNumber => WriteScalarAsync(rowGroup, (DataField)field, values.Longs, values, count, cancellationToken),
            ColumnType.RealNumber => WriteScalarAsync(rowGroup, (DataField)field, values.Doubles, values, count, cancellationToken),
            ColumnType.TextList => WriteListAsync(rowGroup, (ListField)field, values, cancellationToken),
            _ => throw new InvalidOperationException($"No Parquet type for {values.Type}."),
        };

    // Definition level 1 = value present, 0 = NULL; a required column has no levels at all.
    private static async Task WriteScalarAsync<T>(
        ParquetRowGroupWriter rowGroup, DataField field, T[] present, ColumnValues values, int count, CancellationToken cancellationToken)
        where T : struct
    {
        if (!field.IsNullable)
        {
            // Parquet.Net counts the rows of WriteAllPartsAsync from the definition levels, which a
            // required column does not have; its plain overload counts the values.
            await rowGroup.WriteAsync<T>(field, present.AsMemory(0, values.Present), null, null, cancellationToken);
        }
        else
        {
            await rowGroup.WriteAllPartsAsync<T>(field, present.AsMemory(0, values.Present), values.Levels.AsMemory(0, count), null, cancellationToken);
        }
    }

    // Three-level list: definition 0 = NULL list, 2 = an element (empty lists are NULL, see Cells);
    // repetition 0 starts a row, 1 continues its list.
    private static async Task WriteListAsync(ParquetRowGroupWriter rowGroup, ListField field, ColumnValues values, CancellationToken cancellationToken) =>
        await rowGroup.WriteAllPartsAsync<ReadOnlyMemory<char>>(
            (DataField)field.Item, values.Texts.AsMemory(0, values.Present), values.ListLevels.AsMemory(0, values.Entries),
            values.Repetitions.AsMemory(0, values.Entries), cancellationToken);

    // A row has a bbox if and only if it has a geometry (GeoParquet 1.1, bounding box columns).
    private async Task WriteGeometryAsync(
        ParquetRowGroupWriter rowGroup, ColumnValues geometry, double[] latitudes, int count, CancellationToken cancellationToken)
    {
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false);
        var longitudes = geometry.Doubles;
        for (var i = 0; i < geometry.Present; i++)
        {
            _shapes[i] = wkb.Write(new Point(longitudes[i], latitudes[i]));
        }

        var levels = geometry.Levels.AsMemory(0, count);
        await rowGroup.WriteAllPartsAsync<ReadOnlyMemory<byte>>(_geometry, _shapes.AsMemory(0, geometry.Present), levels, null, cancellationToken);

        // xmin = xmax and ymin = ymax for a point.
        double[][] bounds = [longitudes, latitudes, longitudes, latitudes];
        for (var i = 0; i < _bboxFields.Length; i++)
        {
            await rowGroup.WriteAllPartsAsync<double>(_bboxFields[i], bounds[i].AsMemory(0, geometry.Present), levels, null, cancellationToken);
        }

        Array.Clear(_shapes, 0, geometry.Present);
    }
}
