using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>Writes a whole published table held in memory as CSV (see <see cref="CsvTableSink{TRow}"/>).</summary>
internal static class CsvTableWriter
{
    /// <summary>Separator of the values of a multi-valued column.</summary>
    public const string ListSeparator = "|";

    /// <summary>Writes a header and one record per row; returns the number of rows written.</summary>
    public static async Task<long> WriteAsync<TRow>(
        Stream output, IReadOnlyList<Column<TRow>> columns, IEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new CsvTableSink<TRow>(output, columns);
        return await RowPass.RunAsync(rows.ToAsyncEnumerable(), [writer], cancellationToken);
    }
}
