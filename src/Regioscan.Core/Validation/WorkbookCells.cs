using Regioscan.Core.Reading;

namespace Regioscan.Core.Validation;

/// <summary>
/// What the cells of a workbook's sheet hold beyond their text (see <see cref="XlsxRowSource"/>): merged ranges that cannot
/// be read as meant, and formulas without their result. Only the template's columns count.
/// </summary>
internal sealed class WorkbookCells(XlsxRowSource source, HeaderMap map, IssueList issues)
{
    private const string Unmerge = "(Excel: Start > Samenvoegen en centreren > Samenvoegen opheffen)";

    /// <summary>The ranges reported: a range is reported once, on the first row it covers that is read.</summary>
    private HashSet<XlsxMergedRange>? _reported;

    /// <summary>
    /// Reports the merged ranges that cover the header row, the source's current row: the header row reads as the first cell of
    /// such a range and the rest as empty, or a column name merged down over data rows reads as data.
    /// </summary>
    public void CheckHeader() => CheckMerged(header: true);

    /// <summary>
    /// Reports the ranges merged across columns that cover the current data row: the columns after the first read as empty.
    /// A range merged down one column reads as its value on every row, as the sheet shows it, and is fine.
    /// </summary>
    public void CheckRow() => CheckMerged(header: false);

    /// <summary>Whether a cell of a template column on the current row holds a formula without its result: the row is not blank.</summary>
    public bool HasUncomputedFormula()
    {
        var formulas = source.UncomputedFormulas;
        for (var i = 0; i < formulas.Count; i++)
        {
            if (Array.IndexOf(map.CellOfColumn, formulas[i].Cell) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The formula without its result in cell <paramref name="cell"/> of the current row; null when it holds none.</summary>
    public string? UncomputedFormula(int cell) => At(source.UncomputedFormulas, cell)?.Formula;

    /// <summary>
    /// The year that cell <paramref name="cell"/> of the current row shows, when it is a date cell whose format shows only
    /// the year (<see cref="XlsxYearOnlyDate"/>); null otherwise. Asked only for year columns.
    /// </summary>
    public string? YearShown(int cell) => At(source.YearOnlyDates, cell)?.Year;

    /// <summary>
    /// Whether cell <paramref name="cell"/> of the current (data) row lies in a range merged across columns after the range's
    /// first cell: it reads as empty because of the merge, which <see cref="CheckRow"/> reports, not because it is empty.
    /// </summary>
    public bool MergedAway(int cell)
    {
        var ranges = source.MergedRanges;
        for (var i = 0; i < ranges.Count; i++)
        {
            if (ranges[i].SpansColumns && cell > ranges[i].FirstColumn && cell <= ranges[i].LastColumn)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The error value (<c>#REF!</c>) that cell <paramref name="cell"/> of the current row holds; null when it holds none.</summary>
    public XlsxErrorValue? ErrorValue(int cell) => At(source.ErrorValues, cell);

    /// <summary>The note of cell <paramref name="cell"/>, if any.</summary>
    /// <remarks>Called for every cell of every row: an indexed loop, as enumerating a list through its interface allocates.</remarks>
    private static T? At<T>(IReadOnlyList<T> notes, int cell)
        where T : struct, IXlsxCellNote
    {
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i].Cell == cell)
            {
                return notes[i];
            }
        }

        return null;
    }

    /// <summary>Reports the ranges that cover the current row: on the header row every one, on a data row those across columns.</summary>
    /// <remarks>Called on every row: indexed loops, as enumerating a list through its interface allocates.</remarks>
    private void CheckMerged(bool header)
    {
        var ranges = source.MergedRanges;
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            // On a data row only a template column after the range's first cell reads as empty (the first keeps the value).
            if ((header || range.SpansColumns) && HoldsColumn(range, from: header ? range.FirstColumn : range.FirstColumn + 1)
                && (_reported ??= []).Add(range))
            {
                var (merged, consequence, fix) = header
                    ? ("are merged, in the header row", "so the range cannot be read as meant", "type each column's name in its own cell of the header row")
                    : ("are merged across columns", "so the other columns of the range read as empty", "type the value in each column");
                issues.Add(ErrorCodes.UnsupportedFormat, source.RowNumber, ColumnAt(range.FirstColumn), ValueOf(range),
                    $"The cells {range.Reference} {merged}: Excel keeps the value of merged cells only in the first one, {range.FirstCell}, {consequence}.",
                    $"Unmerge {range.Reference} {Unmerge} and {fix}.",
                    range.FirstColumn);
            }
        }
    }

    /// <summary>Whether a range holds a cell of a template column from <paramref name="from"/> on: merged cells elsewhere are not read.</summary>
    private bool HoldsColumn(XlsxMergedRange range, int from)
    {
        foreach (var cell in map.CellOfColumn)
        {
            if (cell >= from && cell <= range.LastColumn)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name of the template column in cell <paramref name="cell"/>; null when it holds none.</summary>
    private string? ColumnAt(int cell) =>
        Array.IndexOf(map.CellOfColumn, cell) is var column and >= 0 ? ScanTemplate.Columns[column].Name : null;

    /// <summary>The range's value, on its first row; null elsewhere or when empty.</summary>
    private string? ValueOf(XlsxMergedRange range) =>
        range.FirstRow == source.RowNumber && source.GetCell(range.FirstColumn) is { Length: > 0 } value ? value : null;
}
