using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>Writes a whole published table held in memory as Parquet (see <see cref="ParquetTableSink{TRow}"/>).</summary>
internal static class ParquetTableWriter
{
    /// <summary>
    /// Rows per row group: large enough for good compression and column statistics, small enough to stream.
    /// A group is held in memory until it is written, and the next fills while it is. Publishing 100k activities
    /// peaked at 448 MiB with groups of 65,536 rows and at 278 MiB with 16,384 (one group at a time); since groups
    /// are written on the second core, 1M activities peaked at 306 MiB with 16,384 and 258 MiB with 8,192, equally fast.
    /// </summary>
    public const int DefaultRowGroupSize = 8_192;

    /// <summary>Writes <paramref name="rows"/>; returns the number of rows.</summary>
    public static async Task<long> WriteAsync<TRow>(
        Stream output,
        IReadOnlyList<Column<TRow>> columns,
        IReadOnlyList<TRow> rows,
        Func<TRow, GeoPoint?>? location,
        int rowGroupSize,
        CancellationToken cancellationToken)
    {
        await using var sink = await ParquetTableSink<TRow>.CreateAsync(output, columns, location, rowGroupSize, cancellationToken);
        return await RowPass.RunAsync(rows.ToAsyncEnumerable(), [sink], cancellationToken);
    }
}
