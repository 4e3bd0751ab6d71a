namespace Regioscan.Core.Reading;

/// <summary>
/// A range of merged cells of a sheet, such as <c>B7:D9</c>. Excel keeps the value of merged cells only in the
/// first (top-left) cell of the range; the other cells are empty in the file, though the sheet shows the value across them.
/// </summary>
/// <param name="FirstRow">The top row (1 is the first).</param>
/// <param name="FirstColumn">The left column (0 is A).</param>
/// <param name="LastRow">The bottom row.</param>
/// <param name="LastColumn">The right column.</param>
public readonly record struct XlsxMergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    /// <summary>Whether the range spans more than one column.</summary>
    public bool SpansColumns => LastColumn > FirstColumn;

    /// <summary>The range as Excel names it, such as <c>B7:D9</c>.</summary>
    public string Reference => CellReference.Of(FirstColumn, FirstRow) + ":" + CellReference.Of(LastColumn, LastRow);

    /// <summary>The first cell, which holds the value, such as <c>B7</c>.</summary>
    public string FirstCell => CellReference.Of(FirstColumn, FirstRow);

    /// <summary>Reads a range as a sheet's <c>mergeCell</c> names it (<c>B7:D9</c>); false for anything else, or a single cell.</summary>
    internal static bool TryParse(ReadOnlySpan<char> reference, out XlsxMergedRange range)
    {
        range = default;
        var colon = reference.IndexOf(':');
        if (colon < 0
            || !CellReference.TryParse(reference[..colon], out var firstColumn, out var firstRow)
            || !CellReference.TryParse(reference[(colon + 1)..], out var lastColumn, out var lastRow))
        {
            return false;
        }

        range = new XlsxMergedRange(
            Math.Min(firstRow, lastRow), Math.Min(firstColumn, lastColumn), Math.Max(firstRow, lastRow), Math.Max(firstColumn, lastColumn));
        return range.LastRow > range.FirstRow || range.SpansColumns;
    }
}
