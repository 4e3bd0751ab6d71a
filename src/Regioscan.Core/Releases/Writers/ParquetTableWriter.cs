using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Parquet;
using Parquet.Schema;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes a published table as Parquet: one typed column per published column (UTF-8 string, INT64,
/// DOUBLE, list of strings), NULL for empty optional cells, Snappy compression, and row groups written as
/// they fill. Given a location, it adds a GeoParquet 1.1 point column (<c>geometry</c>, WKB) with its
/// <c>bbox</c> covering column and the <c>geo</c> metadata.
/// </summary>
/// <remarks>
/// Every column is written with explicit definition levels rather than Parquet.Net's string helpers,
/// which were seen turning nulls into empty strings; the tests count NULLs with DuckDB.
/// Snappy rather than Zstd: every Parquet reader a consumer may use (Power BI among them) reads it.
/// </remarks>
internal static class ParquetTableWriter
{
    /// <summary>Rows per row group: large enough for good compression, small enough to stream.</summary>
    public const int DefaultRowGroupSize = 65_536;

    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy };

    /// <summary>Writes <paramref name="rows"/>; returns the number of rows.</summary>
    /// <param name="output">Where the file goes; it need not be seekable.</param>
    /// <param name="columns">The published columns, in file order.</param>
    /// <param name="rows">The rows, in file order.</param>
    /// <param name="location">The point of a row for the GeoParquet columns, or null for a table without them.</param>
    /// <param name="rowGroupSize">Rows per row group.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task<long> WriteAsync<TRow>(
        Stream output,
        IReadOnlyList<Column<TRow>> columns,
        IReadOnlyList<TRow> rows,
        Func<TRow, GeoPoint?>? location,
        int rowGroupSize,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupSize);
        var fields = columns.Select(ToField).ToList();
        var geometry = new DataField(GeoParquetMetadata.GeometryColumn, typeof(byte[]), isNullable: true);
        var bboxFields = GeoParquetMetadata.BboxFields.Select(f => new DataField(f, typeof(double), isNullable: false)).ToArray();
        var bbox = new StructField(GeoParquetMetadata.BboxColumn, bboxFields.Cast<Field>().ToArray());
        var schema = location is null
            ? new ParquetSchema(fields)
            : new ParquetSchema([.. fields, geometry, bbox]);

        await using var writer = await ParquetWriter.CreateAsync(schema, output, Options, append: false, cancellationToken);
        if (location is not null)
        {
            writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [GeoParquetMetadata.Key] = GeoParquetMetadata.Build(rows.Select(location).OfType<GeoPoint>()),
            };
        }

        // An empty table gets no row group: the footer alone is a valid file with its schema.
        for (var start = 0; start < rows.Count; start += rowGroupSize)
        {
            var group = Slice(rows, start, Math.Min(rowGroupSize, rows.Count - start));
            using var rowGroup = writer.CreateRowGroup();
            for (var i = 0; i < columns.Count; i++)
            {
                await WriteColumnAsync(rowGroup, fields[i], columns[i], group, cancellationToken);
            }

            if (location is not null)
            {
                var points = group.Select(location).ToArray();
                await WriteGeometryAsync(rowGroup, geometry, bboxFields, points, cancellationToken);
            }

            rowGroup.CompleteValidate();
        }

        return rows.Count;
    }

    private static Field ToField<TRow>(Column<TRow> column) => column.Type switch
    {
        ColumnType.Text => new DataField(column.Name, typeof(string), isNullable: !column.Required),
        ColumnType.WholeNumber => new DataField(column.Name, typeof(long), isNullable: !column.Required),
        ColumnType.RealNumber => new DataField(column.Name, typeof(double), isNullable: !column.Required),
        ColumnType.TextList => new ListField(column.Name, new DataField("element", typeof(string), isNullable: false)),
        _ => throw new InvalidOperationException($"No Parquet type for {column.Type}."),
    };

    private static Task WriteColumnAsync<TRow>(
        ParquetRowGroupWriter rowGroup, Field field, Column<TRow> column, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        var cells = new object?[rows.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = Cells.Read(column, rows[i]);
        }

        return column.Type switch
        {
            ColumnType.Text => WriteScalarAsync(rowGroup, (DataField)field, cells, v => ((string)v).AsMemory(), cancellationToken),
            ColumnType.WholeNumber => WriteScalarAsync(rowGroup, (DataField)field, cells, v => (long)v, cancellationToken),
            ColumnType.RealNumber => WriteScalarAsync(rowGroup, (DataField)field, cells, v => (double)v, cancellationToken),
            ColumnType.TextList => WriteListAsync(rowGroup, (ListField)field, cells, cancellationToken),
            _ => throw new InvalidOperationException($"No Parquet type for {column.Type}."),
        };
    }

    // Definition level 1 = value present, 0 = NULL; a required column has no levels at all.
    private static async Task WriteScalarAsync<T>(
        ParquetRowGroupWriter rowGroup, DataField field, object?[] cells, Func<object, T> convert, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new List<T>(cells.Length);
        var levels = field.IsNullable ? new int[cells.Length] : null;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } cell)
            {
                values.Add(convert(cell));
                if (levels is not null)
                {
                    levels[i] = 1;
                }
            }
        }

        if (levels is null)
        {
            // Parquet.Net counts the rows of WriteAllPartsAsync from the definition levels, which a
            // required column does not have; its plain overload counts the values.
            await rowGroup.WriteAsync<T>(field, values.ToArray(), null, null, cancellationToken);
        }
        else
        {
            await rowGroup.WriteAllPartsAsync<T>(field, values.ToArray(), levels, null, cancellationToken);
        }
    }

    // Three-level list: definition 0 = NULL list, 2 = an element (empty lists are NULL, see Cells);
    // repetition 0 starts a row, 1 continues its list.
    private static async Task WriteListAsync(
        ParquetRowGroupWriter rowGroup, ListField field, object?[] cells, CancellationToken cancellationToken)
    {
        var values = new List<ReadOnlyMemory<char>>(cells.Length);
        var definitions = new List<int>(cells.Length);
        var repetitions = new List<int>(cells.Length);
        foreach (var cell in cells)
        {
            if (cell is IReadOnlyList<string> list)
            {
                for (var j = 0; j < list.Count; j++)
                {
                    values.Add(list[j].AsMemory());
                    definitions.Add(2);
                    repetitions.Add(j == 0 ? 0 : 1);
                }
            }
            else
            {
                definitions.Add(0);
                repetitions.Add(0);
            }
        }

        await rowGroup.WriteAllPartsAsync<ReadOnlyMemory<char>>(
            (DataField)field.Item, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), cancellationToken);
    }

    // A row has a bbox if and only if it has a geometry (GeoParquet 1.1, bounding box columns).
    private static async Task WriteGeometryAsync(
        ParquetRowGroupWriter rowGroup, DataField geometry, DataField[] bboxFields, GeoPoint?[] points, CancellationToken cancellationToken)
    {
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false);
        var levels = points.Select(p => p is null ? 0 : 1).ToArray();
        var present = points.OfType<GeoPoint>().ToArray();
        var shapes = present.Select(p => new ReadOnlyMemory<byte>(wkb.Write(new Point(p.Longitude, p.Latitude)))).ToArray();
        await rowGroup.WriteAllPartsAsync<ReadOnlyMemory<byte>>(geometry, shapes, levels, null, cancellationToken);

        double[][] bounds =
        [
            present.Select(p => p.Longitude).ToArray(),
            present.Select(p => p.Latitude).ToArray(),
            present.Select(p => p.Longitude).ToArray(),
            present.Select(p => p.Latitude).ToArray(),
        ];
        for (var i = 0; i < bboxFields.Length; i++)
        {
            await rowGroup.WriteAllPartsAsync<double>(bboxFields[i], bounds[i], levels, null, cancellationToken);
        }
    }

    private static IReadOnlyList<TRow> Slice<TRow>(IReadOnlyList<TRow> rows, int start, int count)
    {
        if (start == 0 && count == rows.Count)
        {
            return rows;
        }

        var slice = new TRow[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = rows[start + i];
        }

        return slice;
    }
}
