namespace Regioscan.Core.Reading;

/// <summary>
/// A cell that holds a formula without its result. Excel stores the result of every formula with it, but programs that
/// write workbooks themselves (scripts, export functions) often store only the formula, which Excel computes when it opens
/// the file: the file itself holds no value for the cell, and it reads as empty.
/// </summary>
/// <param name="Cell">The cell's position in its row (0 is column A).</param>
/// <param name="Formula">The formula without its <c>=</c>, such as <c>2+3</c>; empty for a cell that shares the formula of another.</param>
public readonly record struct XlsxUncomputedFormula(int Cell, string Formula) : IXlsxCellNote;
