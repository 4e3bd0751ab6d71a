using System.Globalization;
using DuckDB.NET.Data;

namespace Regioscan.Core.Tests.Releases;

/// <summary>DuckDB in memory, the independent reader of the CSV and Parquet files.</summary>
internal static class DuckDb
{
    public static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                // A BLOB is a stream over DuckDB's memory, gone once the reader closes: copy it now.
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    Stream blob => ToArray(blob),
                    var value => value,
                };
            }

            rows.Add(row);
        }

        return rows;
    }

    private static byte[] ToArray(Stream blob)
    {
        using var copy = new MemoryStream();
        blob.CopyTo(copy);
        return copy.ToArray();
    }

    public static List<string> Names(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    /// <summary>A cell as text for comparison: lists joined with |, numbers in invariant round-trip form.</summary>
    public static string? Canonical(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join("|", list.Cast<object?>().Select(Canonical)),
        _ => value.ToString(),
    };
}
