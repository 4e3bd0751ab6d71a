using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Regioscan.Bench.Scale;

/// <summary>
/// The child mode <c>duckdb-copy &lt;out.parquet&gt; &lt;csv files…&gt;</c>: DuckDB reads the same uploads
/// and writes one Parquet file. Timed from before opening the connection to after COPY returns; prints
/// <c>seconds rows</c> on one line for the parent.
/// </summary>
internal static class DuckDbCopy
{
    public static int Run(string output, IReadOnlyList<string> inputs)
    {
        var files = string.Join(", ", inputs.Select(f => Literal(Path.GetFullPath(f))));
        // No options: DuckDB's sniffer finds the ';' dialect, the header and the column types on its own.
        var sql = $"COPY (SELECT * FROM read_csv([{files}])) TO {Literal(Path.GetFullPath(output))} (FORMAT parquet)";
        var clock = Stopwatch.StartNew();
        long rows;
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            rows = command.ExecuteNonQuery();
        }

        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:R} {rows}"));
        return 0;
    }

    /// <summary>Parses the child's line: the timed seconds and the rows written.</summary>
    public static (double Seconds, long Rows) Parse(string output)
    {
        var parts = output.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
