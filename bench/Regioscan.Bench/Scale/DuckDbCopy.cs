using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Regioscan.Bench.Scale;

/// <summary>
/// The child modes that time DuckDB on the same uploads; each prints <c>seconds rows</c> on one line for the parent,
/// timed from before opening the connection to after the last statement returns.
/// <list type="bullet">
/// <item><c>duckdb-copy &lt;out.parquet&gt; &lt;csv files…&gt;</c>: the issue's yardstick, CSV to one Parquet file.</item>
/// <item><c>duckdb-formats &lt;out folder&gt; &lt;csv files…&gt;</c>: the same rows read once into a table, then written
/// as the three kinds of file a release has: CSV, Parquet and JSON (one object per line; GeoJSON needs DuckDB's spatial
/// extension, which is downloaded, so plain JSON stands in for it).</item>
/// </list>
/// </summary>
internal static class DuckDbCopy
{
    public static int Run(string output, IReadOnlyList<string> inputs) =>
        Time($"COPY (SELECT * FROM {ReadCsv(inputs)}) TO {Literal(Path.GetFullPath(output))} (FORMAT parquet)");

    public static int RunFormats(string folder, IReadOnlyList<string> inputs)
    {
        Directory.CreateDirectory(folder);
        string Out(string name) => Literal(Path.Combine(Path.GetFullPath(folder), name));
        return Time(
            $"CREATE TABLE scan AS SELECT * FROM {ReadCsv(inputs)}",
            $"COPY scan TO {Out("scan.csv")} (FORMAT csv, HEADER)",
            $"COPY scan TO {Out("scan.parquet")} (FORMAT parquet)",
            $"COPY scan TO {Out("scan.json")} (FORMAT json)");
    }

    /// <summary>Runs the statements in one in-memory database; prints the seconds and the rows the last one wrote.</summary>
    private static int Time(params string[] statements)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            foreach (var sql in statements)
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                rows = command.ExecuteNonQuery();
            }
        }

        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:R} {rows}"));
        return 0;
    }

    /// <summary>No options: DuckDB's sniffer finds the ';' dialect, the header and the column types on its own.</summary>
    private static string ReadCsv(IReadOnlyList<string> inputs) =>
        $"read_csv([{string.Join(", ", inputs.Select(f => Literal(Path.GetFullPath(f))))}])";

    /// <summary>Parses the child's line: the timed seconds and the rows written.</summary>
    public static (double Seconds, long Rows) Parse(string output)
    {
        var parts = output.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
