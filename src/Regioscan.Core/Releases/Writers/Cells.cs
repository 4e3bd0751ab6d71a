using Regioscan.Core.Schema;

namespace Regioscan.Core.Releases.Writers;

/// <summary>Reads published cells the same way for every format.</summary>
internal static class Cells
{
    /// <summary>
    /// The value of <paramref name="column"/> in <paramref name="row"/>: a string, long, double or list of
    /// strings, or null. An empty string or empty list is null, so that no format publishes an empty
    /// value pretending to be one.
    /// </summary>
    /// <exception cref="InvalidOperationException">A required column without a value, or a value of the wrong
    /// type: a bug upstream, not bad data (validation keeps that out).</exception>
    public static object? Read<TRow>(Column<TRow> column, TRow row)
    {
        var value = column.Value(row) switch
        {
            string { Length: 0 } => null,
            IReadOnlyList<string> { Count: 0 } => null,
            var v => v,
        };
        if (value is null)
        {
            return column.Required
                ? throw new InvalidOperationException($"Required column {column.Name} has no value in a row.")
                : null;
        }

        var matches = column.Type switch
        {
            ColumnType.Text => value is string,
            ColumnType.WholeNumber => value is long,
            ColumnType.RealNumber => value is double,
            ColumnType.TextList => value is IReadOnlyList<string>,
            _ => false,
        };
        return matches
            ? value
            : throw new InvalidOperationException($"Column {column.Name} of type {column.Type} got a {value.GetType().Name}.");
    }
}
