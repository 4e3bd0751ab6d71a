using System.Text;
using CsvHelper;
using DuckDB.NET.Data;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>Reads published files as consumers do: every CSV cell, every Parquet value and column name, every text file.</summary>
internal static class PublishedFiles
{
    /// <summary>The header and the cells of a CSV file.</summary>
    public static (IReadOnlyList<string> Header, List<string[]> Rows) ReadCsv(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = CsvReader.Create(stream, new CsvReaderOptions(), leaveOpen: false);
        reader.ReadHeader();
        var header = reader.Headers.ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return (header, rows);
    }

    /// <summary>The column names and every value (as text) of a Parquet file.</summary>
    public static (IReadOnlyList<string> Columns, List<string> Values) ReadParquet(string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COLUMNS(*)::VARCHAR FROM read_parquet('{path.Replace("'", "''", StringComparison.Ordinal)}')";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var values = new List<string>();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (!reader.IsDBNull(i))
                {
                    values.Add(reader.GetValue(i) is byte[] bytes ? Encoding.Latin1.GetString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
                }
            }
        }

        return (columns, values);
    }

    /// <summary>Every value and name a consumer can see in a published file, as text.</summary>
    public static string Visible(string path) => Path.GetExtension(path) switch
    {
        ".parquet" => string.Join('\n', ReadParquet(path) is var p ? p.Columns.Concat(p.Values) : []),
        _ => File.ReadAllText(path),
    };

    /// <summary>Whether a cell would start a formula in a spreadsheet program.</summary>
    public static bool StartsFormula(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
