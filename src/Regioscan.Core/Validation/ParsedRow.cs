using Regioscan.Core.Geography;

namespace Regioscan.Core.Validation;

/// <summary>
/// The cells of the current row by template column: the trimmed text, the parsed value and whether the
/// cell has an error. One instance is reused for every row.
/// </summary>
internal sealed class ParsedRow
{
    public int Row { get; set; }

    /// <summary>The trimmed text per column; empty when the cell is empty or the column absent.</summary>
    public string[] Text { get; } = new string[Columns.Count];

    /// <summary>
    /// The value per column: <see cref="string"/> (text, URL, one code), <see cref="long"/> (count),
    /// <see cref="int"/> (year), <see cref="double"/> (coordinate), <see cref="string"/>[] (codes in list
    /// order), <see cref="Geography.Province"/> or <see cref="Geography.Municipality"/>; null when empty or invalid.
    /// </summary>
    public object?[] Values { get; } = new object?[Columns.Count];

    /// <summary>Whether the cell of a column has an error.</summary>
    public bool[] Invalid { get; } = new bool[Columns.Count];

    /// <summary>The location in WGS84, from latitude/longitude or converted from RD; null when absent or invalid.</summary>
    public (double Latitude, double Longitude)? Point { get; set; }

    /// <summary>Whether <see cref="Point"/> came from the RD columns.</summary>
    public bool PointFromRd { get; set; }

    /// <summary>Whether any coordinate cell, or the point they make, has an error.</summary>
    public bool CoordinatesInvalid { get; set; }

    public string? TextOf(int column) => Values[column] as string;

    public IReadOnlyList<string> CodesOf(int column) => Values[column] as string[] ?? [];

    public int? YearOf(int column) => Values[column] as int?;

    public double? NumberOf(int column) => Values[column] as double?;

    public Province? Province => Values[Columns.Province] as Province;

    public Municipality? Municipality => Values[Columns.Municipality] as Municipality;

    public bool HasText(int column) => Text[column].Length > 0;
}
