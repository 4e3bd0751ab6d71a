using System.Globalization;
using CsvHelper;
using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>
/// Writes a published table as CSV: UTF-8 without byte order mark, RFC 4180, CRLF, a header of column
/// names, numbers in invariant culture, lists joined with <c>|</c>, NULL as an empty unquoted field, and
/// text that a spreadsheet would run as a formula prefixed with <c>'</c>.
/// </summary>
/// <remarks>
/// No byte order mark: the files are for DuckDB, pandas, R and scripts first, where a BOM ends up in the
/// first column name (Python's csv module, <c>cut</c>, <c>join</c>), and the data package says
/// <c>utf-8</c>. Dutch Excel opens a comma-separated file in one column anyway, so spreadsheet users import
/// it (Data › From Text/CSV), where UTF-8 is chosen without a BOM.
/// </remarks>
internal static class CsvTableWriter
{
    /// <summary>The separator of list values inside a cell.</summary>
    public const string ListSeparator = "|";

    // Escape = a leading ' (and quotes); it applies to text only, so -0.12 written as a number stays a number.
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        NewLine = "\r\n",
        WriteByteOrderMark = false,
    };

    /// <summary>Writes the header and one record per row; returns the number of rows.</summary>
    public static async Task<long> WriteAsync<TRow>(
        Stream output,
        IReadOnlyList<Column<TRow>> columns,
        IEnumerable<TRow> rows,
        CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(columns.Select(c => c.Name).ToArray());
        long count = 0;
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                WriteCell(csv, Cells.Read(column, row));
            }

            await csv.EndRecordAsync(cancellationToken);
            count++;
        }

        await csv.FlushAsync(cancellationToken);
        return count;
    }

    private static void WriteCell(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string text:
                csv.WriteField(text);
                break;
            case long number:
                csv.WriteField(number, default);
                break;
            case double number:
                csv.WriteField(number, default);
                break;
            case IReadOnlyList<string> list:
                csv.WriteField(string.Join(ListSeparator, list));
                break;
            default:
                throw new InvalidOperationException($"No CSV form for a {value.GetType().Name}.");
        }
    }
}
